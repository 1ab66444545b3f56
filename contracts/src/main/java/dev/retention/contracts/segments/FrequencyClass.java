package dev.retention.contracts.segments;

/** How often a customer buys, judged by the definitions named by {@link CustomerValue#definitionsVersion()}. */
public enum FrequencyClass {
  /** Buys often (e.g. many purchase occasions in the last 12 months). */
  HIGH_FREQUENCY,
  /** Buys now and then. */
  LOW_FREQUENCY,
  /** The gap since the last purchase is well beyond the customer's own typical interval between purchases. */
  POTENTIAL_CHURN
}
