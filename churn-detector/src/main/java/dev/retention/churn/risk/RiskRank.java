package dev.retention.churn.risk;

import dev.retention.contracts.churn.ChurnRisk;

/**
 * The order in which customers are most at risk: by score, and within one score by what the purchase model expects
 * of them (fewer expected purchases in the next 90 days first). The score is a sum of thresholded signals, so many
 * customers share it (most at 0); the model's prediction orders them without changing what the score means. The
 * at-risk list and the back-test use this order.
 */
public final class RiskRank {

  private RiskRank() {}

  /**
   * A number that sorts customers by risk, most at risk highest: the score, plus a fraction below 1 that falls as
   * the expected purchases rise (0 without a prediction), so it never lifts a customer past a higher score.
   */
  public static double of(ChurnRisk risk) {
    if (risk.prediction() == null) {
      return risk.score();
    }
    double expected = Math.max(0, risk.prediction().expectedPurchases90Days());
    return risk.score() + 0.99 / (1 + expected);
  }
}
