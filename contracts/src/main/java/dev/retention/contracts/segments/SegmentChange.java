package dev.retention.contracts.segments;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * A customer moved from one segment to another: the value of the topic {@code retention.segment-changes.v1}, keyed by
 * customer id. One record per real change, written by the segmentation service in the same transaction as the
 * {@link CustomerValue} that shows the new segment.
 *
 * <p>In JSON the kind of change is the {@code type} property, a logical name such as
 * {@value TierChanged#TYPE}; the annotations below are the only place where that name meets a Java class, and JSON
 * never carries class names. The catalog serde refuses a type name it does not know, as it refuses an unknown event
 * type: a new kind of change is a contract change, made in this module first.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = SegmentChange.TYPE_PROPERTY)
@JsonSubTypes({
    @JsonSubTypes.Type(value = TierChanged.class, name = TierChanged.TYPE),
    @JsonSubTypes.Type(value = LifecycleStageChanged.class, name = LifecycleStageChanged.TYPE)})
public sealed interface SegmentChange permits TierChanged, LifecycleStageChanged {

  /** The JSON property that carries the logical type name. */
  String TYPE_PROPERTY = "type";

  /** The customer who changed segment; the Kafka key. */
  String customerId();

  /** Event time of the change: the cause event's time, or the due time of the timer that made it. */
  Instant at();

  /** Id of the event that caused the change; absent when a timer made it (e.g. a customer lapsing). */
  String causeEventId();

  /** The version of the definitions that decided the change, as in {@link CustomerValue#definitionsVersion()}. */
  String definitionsVersion();

  /** The logical type name written as {@value #TYPE_PROPERTY}, e.g. {@value TierChanged#TYPE}. */
  String typeName();
}
