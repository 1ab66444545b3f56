package dev.retention.ingestion.stream;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CloudEvent;
import dev.retention.ingestion.validation.EventValidator;
import dev.retention.ingestion.validation.Validation;
import java.time.Instant;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Validates each raw record with the shared {@link EventValidator}: a valid event goes on to de-duplication, keyed by
 * its subject and stamped with its event time (see {@link Ingested#outputTimestamp}); anything else becomes a dead
 * letter. The raw record's timestamp (when the producer sent it) is the reference for the clock-skew rule and the
 * time of the decision.
 *
 * <p>Never throws for a record's sake: a failure that is not Kafka's own becomes a {@code PROCESSING_ERROR} dead
 * letter, so a poison pill cannot stall the partition.
 */
final class ValidateProcessor implements Processor<String, byte[], String, Object> {

  private final EventValidator validator;
  private final DeadLetters deadLetters;
  private ProcessorContext<String, Object> context;
  private ValidatorMetrics metrics;

  ValidateProcessor(EventValidator validator, DeadLetters deadLetters) {
    this.validator = validator;
    this.deadLetters = deadLetters;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.metrics = ValidatorMetrics.of(context.metrics());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    metrics.in();
    Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
    try {
      Validation verdict = validator.validateRecord(record.value(), record.key(), receivedAt);
      if (verdict instanceof Validation.Accepted accepted) {
        CloudEvent event = accepted.event();
        Ingested ingested = new Ingested(event, record.value(), receivedAt);
        context.forward(new Record<>(event.subject(), ingested, ingested.outputTimestamp(event.time())),
            ValidatorTopology.DEDUPLICATE);
      } else {
        Validation.Rejected rejected = (Validation.Rejected) verdict;
        deadLetter(record, deadLetters.rejected(rejected, record.value(), context.recordMetadata(), receivedAt));
      }
    } catch (KafkaException e) {
      throw e; // Kafka's own (fencing, a producer error): Kafka Streams must see it
    } catch (RuntimeException e) {
      deadLetter(record, deadLetters.processingError(e, record.value(), context.recordMetadata(), receivedAt));
    }
  }

  private void deadLetter(Record<String, byte[]> record, DeadLetter deadLetter) {
    context.forward(new Record<>(record.key(), deadLetter, record.timestamp()), ValidatorTopology.DEAD_LETTER_SINK);
    metrics.rejected(deadLetter.reason());
  }
}
