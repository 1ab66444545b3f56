package dev.retention.contracts.segments;

import java.time.Instant;

/**
 * A customer's lifecycle stage changed. Some changes happen because nothing happened (a customer lapses): a timer
 * makes them, and they have no cause event.
 *
 * @param from the stage before; absent for the customer's first assignment (their first {@link CustomerValue})
 * @param to the stage now, never equal to {@code from}
 * @param at event time of the change: the cause event's time, or the due time of the timer that made it
 * @param causeEventId id of the event that caused the change; absent when a timer made it
 * @param definitionsVersion the version of the definitions that decided the change
 */
public record LifecycleStageChanged(
    String customerId, LifecycleStage from, LifecycleStage to, Instant at, String causeEventId,
    String definitionsVersion)
    implements SegmentChange {

  /** The logical type name. */
  public static final String TYPE = "retention.segment.lifecycle-stage-changed.v1";

  public LifecycleStageChanged {
    SegmentChanges.check(customerId, from, to, at, causeEventId, definitionsVersion);
  }

  @Override
  public String typeName() {
    return TYPE;
  }
}
