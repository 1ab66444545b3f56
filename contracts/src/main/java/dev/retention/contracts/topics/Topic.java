package dev.retention.contracts.topics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic of the platform with everything a producer, consumer or operator needs to agree on: name, key and value
 * serdes, partition count and retention. Declared once, in {@link Topics}, so that the serdes of a topic cannot drift
 * between the service that writes it and the services that read it.
 *
 * @param retention how long records are kept; empty means forever (compacted topics, the log of record)
 */
public record Topic<K, V>(
    String name,
    Serde<K> keySerde,
    Serde<V> valueSerde,
    int partitions,
    CleanupPolicy cleanupPolicy,
    Optional<Duration> retention,
    String description) {

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keySerde, "keySerde");
    Objects.requireNonNull(valueSerde, "valueSerde");
    Objects.requireNonNull(cleanupPolicy, "cleanupPolicy");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("not a legal Kafka topic name: '" + name + "'");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1 for topic " + name + ", was " + partitions);
    }
  }

  /** How Kafka cleans the topic's log. */
  public enum CleanupPolicy {
    DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
    COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT);

    private final String config;

    CleanupPolicy(String config) {
      this.config = config;
    }

    public String config() {
      return config;
    }
  }

  /** The topic-level configs the platform sets when it creates this topic. */
  public Map<String, String> configs() {
    String retentionMs = retention.map(d -> Long.toString(d.toMillis())).orElse("-1");
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.config(),
        TopicConfig.RETENTION_MS_CONFIG, retentionMs);
  }

  @Override
  public String toString() {
    return name;
  }
}
