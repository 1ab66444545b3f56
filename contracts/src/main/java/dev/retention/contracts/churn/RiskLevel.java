package dev.retention.contracts.churn;

/** How likely a customer is to leave, in three levels ordered from least to most urgent. */
public enum RiskLevel {
  LOW, MEDIUM, HIGH;

  /** True when this level is more urgent than {@code other}. */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }
}
