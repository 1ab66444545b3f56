package dev.retention.ingestion.stream;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.events.CloudEvent;
import java.time.Duration;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Lets each event through once: an event whose idempotency key (source + id) was let through within the dedup
 * horizon is dropped and counted (see {@link SeenEvents} for what "within" means). Interaction events go to the
 * interactions topic, customer events on to the profile fold.
 *
 * <p>No repartitioning is needed: the validator only accepts records keyed by their subject, and (source, id)
 * identifies one event with one subject, so every copy of an event is on the same partition, in the same task. (A
 * producer that reuses an id for another customer has both events let through: they are on different partitions.)
 *
 * <p>Guards the steps after it: should the fold fail on an event, the event is forgotten again (so that a corrected
 * copy is not taken for a duplicate) and dead-lettered as a {@code PROCESSING_ERROR}.
 */
final class DeduplicateProcessor implements Processor<String, Ingested, String, Object> {

  private final Duration horizon;
  private final DeadLetters deadLetters;
  private ProcessorContext<String, Object> context;
  private ValidatorMetrics metrics;
  private SeenEvents seen;

  DeduplicateProcessor(ValidatorConfig config, DeadLetters deadLetters) {
    this.horizon = config.dedupHorizon();
    this.deadLetters = deadLetters;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.metrics = ValidatorMetrics.of(context.metrics());
    this.seen = new SeenEvents(context.getStateStore(ValidatorTopology.DEDUP_STORE), horizon);
  }

  @Override
  public void process(Record<String, Ingested> record) {
    CloudEvent event = record.value().event();
    String key = event.idempotencyKey();
    // the raw partition's stream time, which includes this record: the horizon is measured back from it
    long streamTime = context.currentStreamTimeMs();
    try {
      if (seen.contains(key, streamTime)) {
        metrics.duplicate();
        return;
      }
      // the horizon runs on the time events are received, not on their event time: a re-import of history must
      // meet the copies of its first import, however old their event times are
      SeenEvents.Sighting sighting = seen.remember(key, record.value().receivedAt().toEpochMilli(), streamTime);
      try {
        route(record, event);
      } catch (RuntimeException e) {
        seen.undo(sighting);
        throw e;
      }
    } catch (KafkaException e) {
      throw e; // Kafka's own (fencing, a producer error): Kafka Streams must see it
    } catch (RuntimeException e) {
      Ingested ingested = record.value();
      DeadLetter deadLetter =
          deadLetters.processingError(e, ingested.payload(), context.recordMetadata(), ingested.receivedAt());
      context.forward(new Record<>(record.key(), deadLetter, ingested.receivedAt().toEpochMilli()),
          ValidatorTopology.DEAD_LETTER_SINK);
      metrics.rejected(deadLetter.reason());
    }
  }

  private void route(Record<String, Ingested> record, CloudEvent event) {
    if (event.eventType().isInteraction()) {
      context.forward(record.withValue(record.value().payload()), ValidatorTopology.INTERACTIONS_SINK);
      metrics.accepted();
    } else {
      context.forward(record, ValidatorTopology.FOLD_CUSTOMER_PROFILE);
    }
  }
}
