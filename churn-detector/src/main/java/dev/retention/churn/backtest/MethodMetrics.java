package dev.retention.churn.backtest;

import java.util.List;

/**
 * One column of the back-test report: how well one method's scores single out the churners.
 *
 * @param name      column title, e.g. "platform risk"
 * @param rocAuc    ROC AUC of the scores (NaN if undefined)
 * @param atHigh    precision/recall of the customers flagged HIGH (for a baseline without levels: its top k,
 *                  k = the number the platform flagged HIGH, so the columns compare equal-sized lists)
 * @param topDecile precision/recall of the top 10 % by score
 */
public record MethodMetrics(String name, double rocAuc, PrecisionRecall atHigh, PrecisionRecall topDecile) {

  /** Metrics of a method whose HIGH set is given (the platform's risk level). */
  public static MethodMetrics of(String name, List<Scored> scored, PrecisionRecall atHigh) {
    return new MethodMetrics(name, RocAuc.of(scored), atHigh, PrecisionRecall.topDecile(scored));
  }

  /** Metrics of a baseline: its "HIGH" set is its {@code highCount} top-scored customers. */
  public static MethodMetrics baseline(String name, List<Scored> scored, int highCount) {
    return of(name, scored, PrecisionRecall.top(scored, highCount));
  }
}
