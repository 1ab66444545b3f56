package dev.retention.segmentation.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How purchase frequency is classified, and when a customer is overdue.
 *
 * @param highPurchases purchases in the value window from which a customer is HIGH_FREQUENCY
 * @param overdueFactor k: a customer with a typical interval is overdue (POTENTIAL_CHURN) once the time since the last
 *     purchase reaches k times that interval
 * @param minPurchases purchases a customer needs before their own typical interval is used (2 gaps at the default 3)
 * @param intervalSample how many of the most recent gaps between purchases the typical interval (their median) is
 *     taken from; the state keeps this many plus one purchase times
 * @param fewPurchasesOverdueAfter for customers with fewer than {@code minPurchases} purchases: overdue once this long
 *     has passed since the last purchase
 */
public record FrequencyRules(
    int highPurchases, BigDecimal overdueFactor, int minPurchases, int intervalSample,
    Duration fewPurchasesOverdueAfter) {

  public FrequencyRules {
    Objects.requireNonNull(overdueFactor, "overdueFactor");
    Objects.requireNonNull(fewPurchasesOverdueAfter, "fewPurchasesOverdueAfter");
    if (highPurchases < 1) {
      throw new IllegalArgumentException("highPurchases must be at least 1, was " + highPurchases);
    }
    if (overdueFactor.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException("the overdue factor must be at least 1, was " + overdueFactor);
    }
    if (minPurchases < 2) {
      throw new IllegalArgumentException("minPurchases must be at least 2 (one gap), was " + minPurchases);
    }
    if (intervalSample < minPurchases - 1) {
      throw new IllegalArgumentException("the interval sample (" + intervalSample + " gaps) must hold the "
          + (minPurchases - 1) + " gaps of minPurchases " + minPurchases);
    }
    if (intervalSample > 64) {
      throw new IllegalArgumentException("the interval sample must be at most 64 gaps, was " + intervalSample);
    }
    if (fewPurchasesOverdueAfter.isNegative() || fewPurchasesOverdueAfter.isZero()) {
      throw new IllegalArgumentException("fewPurchasesOverdueAfter must be positive");
    }
  }
}
