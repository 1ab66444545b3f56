package dev.retention.churn.backtest;

import dev.retention.churn.model.PurchaseHistory;
import dev.retention.churn.model.SpendHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One customer split at the calibration end: the calibration-period summary in weeks and what happened in the
 * holdout.
 *
 * @param customerId       CDNOW customer id
 * @param firstPurchase    date of the first purchase (the cohort entry)
 * @param history          (x, t_x, T) in weeks over the calibration period
 * @param repeatSpend      total amount of the repeat occasions in the calibration period (first one excluded)
 * @param holdoutPurchases purchase occasions (distinct days) in (calibration end, holdout end]
 */
public record CustomerCalibration(String customerId, LocalDate firstPurchase, PurchaseHistory history,
    BigDecimal repeatSpend, int holdoutPurchases) {

  /** The back-test's ground truth: no purchase in the holdout. */
  public boolean churned() {
    return holdoutPurchases == 0;
  }

  /**
   * Input to the Gamma-Gamma model: mean value of the repeat occasions; empty for customers without a repeat
   * purchase or whose repeat purchases were all free (the model needs a positive mean).
   */
  public Optional<SpendHistory> spendHistory() {
    if (history.x() == 0 || repeatSpend.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new SpendHistory(history.x(), repeatSpend.doubleValue() / history.x()));
  }
}
