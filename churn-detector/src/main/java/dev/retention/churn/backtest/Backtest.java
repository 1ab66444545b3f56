package dev.retention.churn.backtest;

import dev.retention.churn.model.BgNbdParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the back-test report together: the platform's risk at the calibration end against the two baselines, all
 * scored on the same customers' holdout outcome.
 */
public final class Backtest {

  /**
   * The platform's verdict on one customer as of the calibration end.
   *
   * @param score risk score (0-100), higher = riskier
   * @param high  true if the risk level was HIGH
   */
  public record PlatformRisk(double score, boolean high) {
  }

  private Backtest() {
  }

  /**
   * Compares the platform with the recency-gap and BG/NBD baselines.
   *
   * @param customers    the cohort, from {@link Calibration#split}
   * @param platform     the platform's risk per customer id; every customer of the cohort must have one
   * @param bgNbd        BG/NBD parameters fitted on the cohort's calibration histories (weeks)
   * @param holdoutWeeks holdout length in weeks
   * @throws IllegalArgumentException naming a customer the platform did not score
   */
  public static BacktestReport compare(List<CustomerCalibration> customers, Map<String, PlatformRisk> platform,
      BgNbdParameters bgNbd, double holdoutWeeks) {
    List<Scored> platformScores = new ArrayList<>(customers.size());
    long high = 0;
    long highChurned = 0;
    for (CustomerCalibration c : customers) {
      PlatformRisk risk = platform.get(c.customerId());
      if (risk == null) {
        throw new IllegalArgumentException("the platform has no risk for customer " + c.customerId()
            + " as of the calibration end; every customer of the cohort must be scored");
      }
      platformScores.add(new Scored(risk.score(), c.churned()));
      high += risk.high() ? 1 : 0;
      highChurned += risk.high() && c.churned() ? 1 : 0;
    }
    long churned = customers.stream().filter(CustomerCalibration::churned).count();
    PrecisionRecall atHigh = new PrecisionRecall(highChurned, high, churned);
    return new BacktestReport(customers.size(), churned,
        MethodMetrics.of("platform risk", platformScores, atHigh),
        MethodMetrics.baseline("recency gap", Baselines.recencyGap(customers), (int) high),
        MethodMetrics.baseline("BG/NBD E[holdout]",
            Baselines.bgNbdExpectedPurchases(customers, bgNbd, holdoutWeeks), (int) high));
  }
}
