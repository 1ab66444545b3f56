package dev.retention.ingestion.importer;

import dev.retention.contracts.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes imported events to a topic (the raw interactions topic, unless a test says otherwise) with an idempotent
 * producer and {@code acks=all}, keyed by subject. The record timestamp is the time of the import, not the event's
 * historic time: the raw topic keeps 7 days by record time, so historic timestamps would be deleted at once; the
 * validator stamps its output with the CloudEvent time.
 */
public final class KafkaPublisher implements Publisher {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<String, byte[]> producer;
  private final String topic;

  public KafkaPublisher(Map<String, Object> producerConfig, String topic) {
    this.producer = new KafkaProducer<>(producerConfig, Topics.RAW_INTERACTIONS.keySerde().serializer(),
        Topics.RAW_INTERACTIONS.valueSerde().serializer());
    this.topic = topic;
  }

  /** A publisher to {@link Topics#RAW_INTERACTIONS} on {@code bootstrapServers}. */
  public static KafkaPublisher toRawInteractions(String bootstrapServers) {
    return new KafkaPublisher(config(bootstrapServers), Topics.RAW_INTERACTIONS.name());
  }

  /**
   * Producer settings of the importer: idempotent, {@code acks=all}, one request in flight, batched, and bounded
   * waits (a missing broker or topic fails the first send within about 30 s instead of blocking for minutes).
   */
  public static Map<String, Object> config(String bootstrapServers) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "retention-import");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // One request in flight per broker: a batch that must be retried (NOT_LEADER_OR_FOLLOWER on a partition that
    // was just created, e.g. right after `retention kafka start`) is never overtaken by a later batch. With more
    // in flight, the broker may accept the later batch first and then refuse the retry as out of order until
    // delivery.timeout.ms expires, failing those events. Batching keeps throughput.
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    return config;
  }

  public String topic() {
    return topic;
  }

  @Override
  public CompletableFuture<Void> publish(String key, byte[] value, Instant timestamp) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    producer.send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key, value), (metadata, error) -> {
      if (error == null) {
        acked.complete(null);
      } else {
        acked.completeExceptionally(error);
      }
    });
    return acked;
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }
}
