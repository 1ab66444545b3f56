package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;

/**
 * One number behind a reason, with the threshold it was judged against, so that a reader can see why it counts:
 * e.g. {@code purchasesLast90Days = 1} against {@code purchasesPrevious90Days = 4}, or {@code daysSinceLastPurchase =
 * 120} against a threshold of 90.
 *
 * @param name a camelCase name of the quantity, 1-64 characters
 * @param value its value
 * @param threshold the value it was compared against; absent when it is context rather than a test
 * @param unit e.g. {@code days}, {@code purchases}, {@code percent}, {@code score}, {@code probability}; optional
 */
public record Measure(String name, double value, Double threshold, String unit) {

  public Measure {
    Require.text(name, "name");
    ChurnChecks.maxLength(name, 64, "name");
    ChurnChecks.finite(value, "value");
    if (threshold != null) {
      ChurnChecks.finite(threshold, "threshold");
    }
    Require.optionalText(unit, "unit");
  }

  public static Measure of(String name, double value, double threshold, String unit) {
    return new Measure(name, value, threshold, unit);
  }

  public static Measure context(String name, double value, String unit) {
    return new Measure(name, value, null, unit);
  }
}
