package dev.retention.churn.trainer;

import dev.retention.churn.stream.CustomerPurchases;
import dev.retention.churn.stream.CustomerPurchasesTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the whole population from {@link CustomerPurchasesTopic}: every partition from its start to its current
 * end, committed records only, the newest record per customer. Every instance's topology writes its customers there,
 * so whichever instance trains sees them all. No consumer group: nothing is committed, each run reads afresh.
 */
final class PopulationReader {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Map<String, Object> client;
  private final Duration timeout;

  /** @param client the brokers and security settings every client of the service starts from */
  PopulationReader(Map<String, Object> client, Duration timeout) {
    this.client = Map.copyOf(client);
    this.timeout = timeout;
  }

  /** The population and the newest event time in it (the instant the fit is as of); empty population if none. */
  Population read() {
    Map<String, Object> config = new HashMap<>(client);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "churn-trainer-" + UUID.randomUUID());
    Deserializer<String> keys = CustomerPurchasesTopic.TOPIC.keySerde().deserializer();
    Deserializer<CustomerPurchases> values = CustomerPurchasesTopic.TOPIC.valueSerde().deserializer();
    Map<String, CustomerPurchases> latest = new HashMap<>();
    long newest = Long.MIN_VALUE;
    try (KafkaConsumer<String, CustomerPurchases> consumer = new KafkaConsumer<>(config, keys, values)) {
      List<TopicPartition> partitions = consumer.partitionsFor(CustomerPurchasesTopic.TOPIC.name(), timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!partitions.stream().allMatch(p -> consumer.position(p, timeout) >= end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + CustomerPurchasesTopic.TOPIC.name() + " to its end in "
              + timeout);
        }
        for (ConsumerRecord<String, CustomerPurchases> r : consumer.poll(POLL)) {
          if (r.value() == null) {
            latest.remove(r.key());
          } else {
            latest.put(r.key(), r.value());
            newest = Math.max(newest, r.timestamp());
          }
        }
      }
    }
    return new Population(List.copyOf(latest.values()),
        newest == Long.MIN_VALUE ? null : Instant.ofEpochMilli(newest));
  }

  /** The customers and the newest event time among them (null with none). */
  record Population(List<CustomerPurchases> customers, Instant asOf) {}
}
