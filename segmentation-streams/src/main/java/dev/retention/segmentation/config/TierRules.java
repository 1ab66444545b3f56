package dev.retention.segmentation.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a customer's value-window net spend maps to a value tier.
 *
 * @param mode fixed thresholds or population percentiles
 * @param highSpend FIXED: the least spend of a HIGH customer (inclusive), in the reporting currency
 * @param mediumSpend FIXED: the least spend of a MEDIUM customer (inclusive); below it, LOW
 * @param highPercent PERCENTILE: the share of customers, by spend from the top, that is HIGH
 * @param mediumPercent PERCENTILE: the share after those that is MEDIUM; the rest is LOW
 */
public record TierRules(
    TierMode mode, BigDecimal highSpend, BigDecimal mediumSpend, int highPercent, int mediumPercent) {

  public TierRules {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(highSpend, "highSpend");
    Objects.requireNonNull(mediumSpend, "mediumSpend");
    if (mediumSpend.signum() < 0) {
      throw new IllegalArgumentException("the MEDIUM spend threshold must not be negative, was " + mediumSpend);
    }
    if (highSpend.compareTo(mediumSpend) <= 0) {
      throw new IllegalArgumentException("the HIGH spend threshold (" + highSpend.toPlainString()
          + ") must be above the MEDIUM one (" + mediumSpend.toPlainString() + ")");
    }
    if (highPercent < 1 || highPercent > 99) {
      throw new IllegalArgumentException("the HIGH share must be 1 to 99 percent, was " + highPercent);
    }
    if (mediumPercent < 0 || highPercent + mediumPercent > 100) {
      throw new IllegalArgumentException("the MEDIUM share must be 0 to " + (100 - highPercent)
          + " percent (HIGH and MEDIUM together at most 100), was " + mediumPercent);
    }
  }
}
