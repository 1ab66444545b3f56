package dev.retention.contracts.churn;

import dev.retention.contracts.events.Money;
import dev.retention.contracts.events.Require;
import dev.retention.contracts.segments.ValueTier;

/**
 * What the fitted models expect of the customer (BG/NBD for purchases, Gamma-Gamma for spend per purchase).
 *
 * @param model the {@link ModelParameters#version()} of the purchase model that scored the customer
 * @param pAlive probability that the customer is still active, 0-1. BG/NBD gives 1 to customers without a repeat
 *     purchase; the risk score does not rely on it for them (see {@link RiskSignal#NO_REPEAT_PURCHASE})
 * @param expectedPurchases90Days expected purchase occasions in the next 90 days, >= 0
 * @param expectedSpendPerPurchase expected spend per purchase in the reporting currency; absent until a spend model
 *     is fitted
 * @param predictedValue12Months expected purchases in the next 12 months times expected spend per purchase; absent
 *     with the spend model
 * @param potentialTier the tier the predicted value places the customer in; absent with the predicted value
 */
public record Prediction(
    String model,
    double pAlive,
    double expectedPurchases90Days,
    Money expectedSpendPerPurchase,
    Money predictedValue12Months,
    ValueTier potentialTier) {

  public Prediction {
    Require.text(model, "model");
    if (!(pAlive >= 0 && pAlive <= 1)) {
      throw new IllegalArgumentException("pAlive must be within 0..1, was " + pAlive);
    }
    if (!(expectedPurchases90Days >= 0) || Double.isInfinite(expectedPurchases90Days)) {
      throw new IllegalArgumentException("expectedPurchases90Days must be finite and >= 0, was "
          + expectedPurchases90Days);
    }
  }
}
