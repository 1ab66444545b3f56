package dev.retention.runtime.streams;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.topics.Topics;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds the dead-letter record of an input a Streams service could not read or process: the contract's
 * {@link DeadLetter} on {@code retention.dead-letter.v1}, keyed by the input's own key, stamped with the input's
 * timestamp (event time, not the wall clock), carrying the input's bytes (cut to a bound, which the message says).
 */
final class DeadLetterRecords {

  /** Most bytes of the input a dead letter keeps: a third below the topic's 1 MiB records, for the base64. */
  static final int PAYLOAD_LIMIT = 256 * 1024;

  /** The {@code origin} of dead letters written by a Streams service's error handlers. */
  static final String ORIGIN = "kafka";

  private DeadLetterRecords() {}

  static ProducerRecord<byte[], byte[]> of(ErrorHandlerContext context, byte[] key, byte[] value, String reason,
      Exception error, String failure) {
    // failure: what went wrong, for a person, e.g. "retention-segmentation could not read the record"

    byte[] payload = value == null ? new byte[0] : value;
    String note = value == null ? " (the record had no value)" : "";
    if (payload.length > PAYLOAD_LIMIT) {
      note = " (payload cut to its first " + PAYLOAD_LIMIT + " of " + payload.length + " bytes)";
      payload = Arrays.copyOf(payload, PAYLOAD_LIMIT);
    }
    String message = failure + ": " + error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + firstLine(error.getMessage())) + note;
    DeadLetter letter = new DeadLetter(reason, "", message, ORIGIN, context.topic(), context.partition(),
        context.offset(), payload, Instant.ofEpochMilli(Math.max(0, context.timestamp())));
    byte[] bytes = Topics.DEAD_LETTER.valueSerde().serializer().serialize(Topics.DEAD_LETTER.name(), letter);
    return new ProducerRecord<>(Topics.DEAD_LETTER.name(), null, Math.max(0, context.timestamp()), key, bytes);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
