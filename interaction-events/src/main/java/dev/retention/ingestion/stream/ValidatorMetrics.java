package dev.retention.ingestion.stream;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.Sensor.RecordingLevel;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * The validator's counters, as Kafka Streams custom sensors: they appear in {@code KafkaStreams#metrics()} (and so
 * in Prometheus through Micrometer's {@code KafkaStreamsMetrics} binder) in group {@value #GROUP}, one set per stream
 * thread (tag {@code thread-id}):
 *
 * <ul>
 *   <li>{@value #IN}: raw records read
 *   <li>{@value #ACCEPTED}: events written to the interactions topic or folded into a customer profile
 *   <li>{@value #REJECTED}: dead letters written, tag {@code reason} with the reject reason
 *   <li>{@value #DUPLICATES}: events dropped because their (source, id) was seen within the dedup horizon
 * </ul>
 *
 * <p>Every raw record ends in exactly one of the last three, so {@code in = accepted + rejected + duplicates}.
 * These are processing counts: under exactly-once, a transaction that aborts and is processed again is counted
 * again, while the output topics hold it once.
 */
final class ValidatorMetrics {

  static final String GROUP = "ingestion-validator-metrics";
  static final String IN = "records-in-total";
  static final String ACCEPTED = "records-accepted-total";
  static final String REJECTED = "records-rejected-total";
  static final String DUPLICATES = "records-duplicate-total";

  private final StreamsMetrics metrics;
  private final String threadId;
  private final Sensor in;
  private final Sensor accepted;
  private final Sensor duplicates;
  private final Map<String, Sensor> rejected = new HashMap<>();

  private ValidatorMetrics(StreamsMetrics metrics, String threadId) {
    this.metrics = metrics;
    this.threadId = threadId;
    this.in = counter(IN, "raw records read", Map.of());
    this.accepted = counter(ACCEPTED, "events accepted", Map.of());
    this.duplicates = counter(DUPLICATES, "duplicate events dropped", Map.of());
  }

  /**
   * The counters of the calling stream thread. Sensors are shared by every processor and task of a thread, so
   * calling this again returns counters that add up to the same totals.
   */
  static ValidatorMetrics of(StreamsMetrics metrics) {
    return new ValidatorMetrics(metrics, Thread.currentThread().getName());
  }

  void in() {
    in.record();
  }

  void accepted() {
    accepted.record();
  }

  void duplicate() {
    duplicates.record();
  }

  void rejected(String reason) {
    rejected.computeIfAbsent(reason,
        r -> counter(REJECTED, "inputs refused and dead-lettered", Map.of("reason", r))).record();
  }

  private Sensor counter(String name, String description, Map<String, String> extraTags) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("thread-id", threadId);
    tags.putAll(extraTags);
    String sensorName = threadId + "." + GROUP + "." + name + extraTags.values();
    Sensor sensor = metrics.addSensor(sensorName, RecordingLevel.INFO);
    // adding a metric a sensor already has is a no-op, so every processor of the thread may call this
    sensor.add(new MetricName(name, GROUP, description, tags), new CumulativeCount());
    return sensor;
  }
}
