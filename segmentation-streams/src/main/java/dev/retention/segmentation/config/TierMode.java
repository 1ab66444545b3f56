package dev.retention.segmentation.config;

/** How value tiers are cut. */
public enum TierMode {
  /** Fixed thresholds on value-window net spend: HIGH at or above one amount, MEDIUM at or above another. */
  FIXED,
  /** Population percentiles of value-window net spend: the top 20 % HIGH, the next 30 % MEDIUM, the rest LOW. */
  PERCENTILE
}
