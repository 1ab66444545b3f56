package dev.retention.ingestion.stream;

import dev.retention.contracts.events.CloudEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A raw record that passed validation, as it travels between the validator's processors (in memory, never
 * serialized): the event, and what a dead letter would need should a later step fail on it.
 *
 * @param event the validated event
 * @param payload the raw bytes exactly as received
 * @param receivedAt the raw record's timestamp (when the producer sent it)
 */
record Ingested(CloudEvent event, byte[] payload, Instant receivedAt) {

  Ingested {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * The Kafka timestamp of an output about this event: {@code time} (the event time, or a profile's
   * {@code updatedAt}), but never later than the raw record's own timestamp. That one the broker has already
   * accepted; a later one it may refuse (brokers refuse timestamps more than {@code message.timestamp.after.max.ms},
   * 1 h by default, ahead of their clock), and a refused write stops the stream. So an event from a producer whose
   * clock runs ahead, within the accepted skew, is stamped with the time it was sent instead.
   */
  long outputTimestamp(Instant time) {
    return Math.min(time.toEpochMilli(), receivedAt.toEpochMilli());
  }
}
