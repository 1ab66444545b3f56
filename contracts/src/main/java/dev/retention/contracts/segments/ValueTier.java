package dev.retention.contracts.segments;

/**
 * How valuable a customer is, by spend in the last 12 months. Whether the boundaries are fixed amounts or population
 * percentiles (e.g. top 20 % / next 30 % / rest) is a matter of the definitions named by
 * {@link CustomerValue#definitionsVersion()}.
 */
public enum ValueTier {
  HIGH, MEDIUM, LOW
}
