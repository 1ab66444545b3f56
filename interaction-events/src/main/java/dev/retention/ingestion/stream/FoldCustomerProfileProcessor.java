package dev.retention.ingestion.stream;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.profiles.CustomerProfile;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds customer events (registered, updated, consent) into the customer's profile with
 * {@link CustomerProfile#apply} and writes the new profile to the compacted customers topic, stamped with the
 * profile's {@code updatedAt} (see {@link Ingested#outputTimestamp}). Customer events carry personal data, so they
 * never reach the interactions topic.
 *
 * <p>A failure here propagates to the de-duplication step before it, which dead-letters the event.
 */
final class FoldCustomerProfileProcessor implements Processor<String, Ingested, String, CustomerProfile> {

  private ProcessorContext<String, CustomerProfile> context;
  private KeyValueStore<String, CustomerProfile> profiles;
  private ValidatorMetrics metrics;

  @Override
  public void init(ProcessorContext<String, CustomerProfile> context) {
    this.context = context;
    this.profiles = context.getStateStore(ValidatorTopology.CUSTOMER_PROFILES);
    this.metrics = ValidatorMetrics.of(context.metrics());
  }

  @Override
  public void process(Record<String, Ingested> record) {
    CloudEvent event = record.value().event();
    String customerId = event.customerId();
    CustomerProfile current = profiles.get(customerId);
    CustomerProfile next = (current == null ? CustomerProfile.unknown(customerId) : current).apply(event);
    profiles.put(customerId, next);
    context.forward(new Record<>(customerId, next, record.value().outputTimestamp(next.updatedAt())));
    metrics.accepted();
  }
}
