package dev.retention.churn.backtest;

import dev.retention.churn.model.BgNbd;
import dev.retention.churn.model.BgNbdParameters;
import java.util.List;

/**
 * The two baselines the platform's risk must beat, as scores (higher = more likely to churn) in the order of the
 * given customers.
 */
public final class Baselines {

  private Baselines() {
  }

  /** Recency gap alone: weeks from the last purchase to the calibration end ({@code T - t_x}). */
  public static List<Scored> recencyGap(List<CustomerCalibration> customers) {
    return customers.stream().map(c -> new Scored(c.history().recencyGap(), c.churned())).toList();
  }

  /**
   * BG/NBD alone: expected purchases in the holdout, negated so that fewer expected purchases rank riskier.
   *
   * @param holdoutWeeks length of the holdout in weeks (CDNOW: 39)
   */
  public static List<Scored> bgNbdExpectedPurchases(List<CustomerCalibration> customers, BgNbdParameters params,
      double holdoutWeeks) {
    return customers.stream()
        .map(c -> new Scored(-BgNbd.expectedPurchases(params, c.history(), holdoutWeeks), c.churned()))
        .toList();
  }
}
