package dev.retention.deploy.demo;

import dev.retention.contracts.events.CloudEvent;
import dev.retention.contracts.json.JsonSerde;
import dev.retention.contracts.topics.Topics;
import dev.retention.deploy.demo.DemoEvents.Keyed;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes demo events the way an upstream system that speaks Kafka would: as untrusted JSON to the raw
 * interactions topic, through the validator, with an idempotent producer. Counts what the broker acknowledged.
 */
public final class DemoPublisher implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final JsonSerde<CloudEvent> serde = JsonSerde.of(CloudEvent.class);
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicReference<Exception> failure = new AtomicReference<>();

  public DemoPublisher(String bootstrapServers) {
    producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.LINGER_MS_CONFIG, 20,
        ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
        // one request in flight: a topic created a moment ago answers NOT_LEADER at first, and retried batches
        // behind a first one then met the broker out of sequence (seen in DemoGeneratorIT); large batches keep the
        // history fast anyway
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
        ProducerConfig.CLIENT_ID_CONFIG, "demo-generator"), new StringSerializer(), new ByteArraySerializer());
  }

  public void send(Keyed keyed) {
    Exception failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("the broker refused a demo event: " + failed.getMessage(), failed);
    }
    producer.send(new ProducerRecord<>(Topics.RAW_INTERACTIONS.name(), keyed.key(), serde.write(keyed.event())),
        (metadata, error) -> {
          if (error == null) {
            acknowledged.incrementAndGet();
          } else {
            failure.compareAndSet(null, error);
          }
        });
  }

  /** Waits until every event sent so far is acknowledged. */
  public void flush() {
    producer.flush();
    Exception failed = failure.get();
    if (failed != null) {
      throw new IllegalStateException("the broker refused a demo event: " + failed.getMessage(), failed);
    }
  }

  public long acknowledged() {
    return acknowledged.get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
