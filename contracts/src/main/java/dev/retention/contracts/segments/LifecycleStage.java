package dev.retention.contracts.segments;

/**
 * Where a customer is in their relationship with us. The periods (30 days, the lapse period, ...) are configuration,
 * part of the definitions named by {@link CustomerValue#definitionsVersion()}. A stage can change because nothing
 * happened (a customer lapses); such a change is made by a timer and has no cause event.
 */
public enum LifecycleStage {
  /** First purchase within the last 30 days (by default). */
  NEW,
  /** Buying regularly. */
  ACTIVE,
  /** Long tenure and steady buying. */
  MATURE,
  /** Activity falling, or the next purchase is overdue. */
  AT_RISK,
  /** No purchase for the configured lapse period. */
  LAPSED,
  /** Bought again after having LAPSED. */
  REACTIVATED
}
