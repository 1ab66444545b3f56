package dev.retention.contracts.segments;

import java.time.Instant;

/**
 * A customer's value tier changed.
 *
 * @param from the tier before; absent for the customer's first assignment (their first {@link CustomerValue})
 * @param to the tier now, never equal to {@code from}
 * @param at event time of the change: the cause event's time, or the due time of the timer that made it
 * @param causeEventId id of the event that caused the change; absent when a timer made it
 * @param definitionsVersion the version of the definitions that decided the change
 */
public record TierChanged(
    String customerId, ValueTier from, ValueTier to, Instant at, String causeEventId, String definitionsVersion)
    implements SegmentChange {

  /** The logical type name. */
  public static final String TYPE = "retention.segment.tier-changed.v1";

  public TierChanged {
    SegmentChanges.check(customerId, from, to, at, causeEventId, definitionsVersion);
  }

  @Override
  public String typeName() {
    return TYPE;
  }
}
