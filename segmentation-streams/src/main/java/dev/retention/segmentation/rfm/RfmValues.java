package dev.retention.segmentation.rfm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's raw recency, frequency and monetary value.
 *
 * @param recencyDays whole days since the last purchase (0 on the day of it, counted in 24-hour periods)
 * @param frequency purchase occasions in the value window
 * @param monetary net spend in the value window, reporting currency, never negative
 */
public record RfmValues(long recencyDays, long frequency, BigDecimal monetary) {

  public RfmValues {
    Objects.requireNonNull(monetary, "monetary");
    if (recencyDays < 0 || frequency < 0 || monetary.signum() < 0) {
      throw new IllegalArgumentException("RFM values must not be negative");
    }
  }
}
