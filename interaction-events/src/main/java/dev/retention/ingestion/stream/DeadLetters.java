package dev.retention.ingestion.stream;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.ingestion.validation.Validation.Rejected;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Builds the dead letters of the raw-topic validator: origin {@code kafka}, the source topic, partition and offset of
 * the refused record, its bytes, and the raw record's timestamp as the time of the decision.
 */
final class DeadLetters {

  static final String ORIGIN = "kafka";

  private final int payloadLimit;

  DeadLetters(int payloadLimit) {
    this.payloadLimit = payloadLimit;
  }

  /** The dead letter of input the validator refused. */
  DeadLetter rejected(Rejected verdict, byte[] payload, Optional<RecordMetadata> source, Instant receivedAt) {
    return build(verdict.reason(), verdict.fieldPath(), verdict.message(), payload, source, receivedAt);
  }

  /** The dead letter of input on which processing failed: not the input's fault, so the message has the details. */
  DeadLetter processingError(Exception error, byte[] payload, Optional<RecordMetadata> source, Instant receivedAt) {
    String message = "processing failed: " + error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
    return build(RejectReason.PROCESSING_ERROR, "", message, payload, source, receivedAt);
  }

  private DeadLetter build(String reason, String fieldPath, String message, byte[] payload,
      Optional<RecordMetadata> source, Instant receivedAt) {
    byte[] kept = payload;
    String note = "";
    if (payload == null) {
      note = " (the record had no value)";
    } else if (payload.length > payloadLimit) {
      kept = Arrays.copyOf(payload, payloadLimit);
      note = " (payload cut to its first " + payloadLimit + " of " + payload.length + " bytes)";
    }
    return new DeadLetter(reason, fieldPath, message + note, ORIGIN,
        source.map(RecordMetadata::topic).orElse(null),
        source.map(RecordMetadata::partition).orElse(null),
        source.map(RecordMetadata::offset).orElse(null),
        kept, receivedAt);
  }
}
