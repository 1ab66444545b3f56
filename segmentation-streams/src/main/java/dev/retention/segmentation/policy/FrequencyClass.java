package dev.retention.segmentation.policy;

/** How often a customer buys, measured against the thresholds and against their own rhythm. */
public enum FrequencyClass {
  /** At least {@code segmentation.frequency.high-purchases} purchases in the value window, and not overdue. */
  HIGH_FREQUENCY,
  /** Fewer purchases than that, and not overdue. */
  LOW_FREQUENCY,
  /** Overdue: the time since the last purchase reached k times the customer's own typical interval. */
  POTENTIAL_CHURN
}
