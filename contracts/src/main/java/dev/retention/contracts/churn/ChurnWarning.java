package dev.retention.contracts.churn;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * The alert stream, {@code retention.churn-warnings.v1}, keyed by customer id: one record per real change of a
 * customer's warning. A warning is raised when the risk level reaches the warning level, escalated when the level
 * goes up while it is open, cleared when the evidence is gone. At most one warning per customer is open at a time;
 * every record of one warning carries its {@link #warningId()}.
 *
 * <p>Records are written in the same exactly-once transaction as the risk that caused them: after a crash none is
 * sent twice or lost. {@link #eventId()} is unique per record, so a consumer that reads the topic again (a replay, a
 * reset offset) can still tell a record it has seen.
 *
 * <p>In JSON the kind is the {@code type} property, a logical name such as {@value ChurnWarningRaised#TYPE}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = ChurnWarning.TYPE_PROPERTY)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChurnWarningRaised.class, name = ChurnWarningRaised.TYPE),
    @JsonSubTypes.Type(value = ChurnWarningEscalated.class, name = ChurnWarningEscalated.TYPE),
    @JsonSubTypes.Type(value = ChurnWarningCleared.class, name = ChurnWarningCleared.TYPE)})
public sealed interface ChurnWarning permits ChurnWarningRaised, ChurnWarningEscalated, ChurnWarningCleared {

  String TYPE_PROPERTY = "type";

  /** Unique id of this record, e.g. {@code <warningId>/raised}; stable across replays of the same input. */
  String eventId();

  /** Id of the warning, the same on its raised, escalated and cleared records. */
  String warningId();

  /** The customer; the Kafka key. */
  String customerId();

  /** Event time of the change: the cause event's time or the due time of the timer that made it. */
  Instant at();

  /** The version of the definitions that decided it. */
  String definitionsVersion();

  /** Id of the interaction event that caused the change; absent when a timer did. */
  String causeEventId();

  /** The logical type name written as {@value #TYPE_PROPERTY}. */
  String typeName();
}
