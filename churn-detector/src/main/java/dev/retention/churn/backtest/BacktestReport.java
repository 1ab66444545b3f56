package dev.retention.churn.backtest;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The back-test's answer to "are the warnings any good": the platform's risk against two baselines, scored on
 * who churned (no purchase) in the holdout.
 *
 * @param customers  customers scored
 * @param churned    of them, customers without a purchase in the holdout
 * @param platform   the platform's risk score and level
 * @param recencyGap baseline: time since the last purchase at the calibration end
 * @param bgNbd      baseline: BG/NBD expected holdout purchases (negated, fewer = riskier)
 */
public record BacktestReport(int customers, long churned, MethodMetrics platform, MethodMetrics recencyGap,
    MethodMetrics bgNbd) {

  private static final int MIN_COLUMN_WIDTH = 18;

  /** A plain-text table, one column per method, one row per metric. */
  public String render() {
    List<MethodMetrics> cols = List.of(platform, recencyGap, bgNbd);
    int width = cols.stream().mapToInt(m -> m.name().length() + 1).reduce(MIN_COLUMN_WIDTH, Math::max);
    String row = "%-22s%" + width + "s%" + width + "s%" + width + "s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Back-test: %d customers, %d churned (%s)%n", customers, churned,
        customers == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * churned / customers)));
    out.append(String.format(Locale.ROOT, row, "metric", cols.get(0).name(), cols.get(1).name(),
        cols.get(2).name()));
    metricRow(out, row, "ROC AUC", cols, MethodMetrics::rocAuc);
    metricRow(out, row, "precision@HIGH", cols, m -> m.atHigh().precision());
    metricRow(out, row, "recall@HIGH", cols, m -> m.atHigh().recall());
    metricRow(out, row, "precision@top-decile", cols, m -> m.topDecile().precision());
    metricRow(out, row, "recall@top-decile", cols, m -> m.topDecile().recall());
    out.append(String.format(Locale.ROOT, row, "flagged HIGH", cols.get(0).atHigh().flagged(),
        cols.get(1).atHigh().flagged(), cols.get(2).atHigh().flagged()));
    out.append("Baselines have no levels: their HIGH is their top-k, k = the platform's HIGH count.")
        .append(System.lineSeparator());
    return out.toString();
  }

  private static void metricRow(StringBuilder out, String row, String label, List<MethodMetrics> cols,
      ToDoubleFunction<MethodMetrics> metric) {
    out.append(String.format(Locale.ROOT, row, label, format(metric.applyAsDouble(cols.get(0))),
        format(metric.applyAsDouble(cols.get(1))), format(metric.applyAsDouble(cols.get(2)))));
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
