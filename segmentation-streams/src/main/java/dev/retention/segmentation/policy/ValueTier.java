package dev.retention.segmentation.policy;

/** A customer's value, by net spend in the value window. */
public enum ValueTier {
  HIGH, MEDIUM, LOW
}
