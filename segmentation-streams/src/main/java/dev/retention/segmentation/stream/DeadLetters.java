package dev.retention.segmentation.stream;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.topics.Topics;
import dev.retention.segmentation.config.MissingExchangeRateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The dead letters of the segmentation: events it refuses, whole (as JSON), with the reason, the source record and
 * the record's timestamp as the time of the decision.
 */
final class DeadLetters {

  static final String ORIGIN = "kafka";
  /** An amount is in a currency without an exchange rate (a code of our own: the set is open). */
  static final String MISSING_EXCHANGE_RATE = "MISSING_EXCHANGE_RATE";

  private DeadLetters() {}

  static DeadLetter late(CloudEvent event, Optional<RecordMetadata> source, Instant recordTime, Instant streamTime,
      Duration grace) {
    return build(RejectReason.LATE_EVENT, "/time", "event time " + recordTime + " is more than the grace of "
        + grace + " behind the segmentation's stream time " + streamTime + "; not applied", event, source, recordTime);
  }

  static DeadLetter missingRate(MissingExchangeRateException e, CloudEvent event, Optional<RecordMetadata> source,
      Instant recordTime) {
    return build(MISSING_EXCHANGE_RATE, "/data", e.getMessage(), event, source, recordTime);
  }

  private static DeadLetter build(String reason, String fieldPath, String message, CloudEvent event,
      Optional<RecordMetadata> source, Instant recordTime) {
    byte[] payload = Topics.INTERACTIONS.valueSerde().serializer().serialize(Topics.INTERACTIONS.name(), event);
    return new DeadLetter(reason, fieldPath, message, ORIGIN,
        source.map(RecordMetadata::topic).orElse(null),
        source.map(RecordMetadata::partition).orElse(null),
        source.map(RecordMetadata::offset).orElse(null),
        payload, recordTime);
  }
}
