package dev.retention.ingestion.stream;

import dev.retention.runtime.streams.ThreadCounters;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
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

  private final ThreadCounters counters;
  private final Sensor in;
  private final Sensor accepted;
  private final Sensor duplicates;
  private final Map<String, Sensor> rejected = new HashMap<>();

  private ValidatorMetrics(StreamsMetrics metrics) {
    this.counters = ThreadCounters.of(metrics, GROUP);
    this.in = counters.counter(IN, "raw records read");
    this.accepted = counters.counter(ACCEPTED, "events accepted");
    this.duplicates = counters.counter(DUPLICATES, "duplicate events dropped");
  }

  /**
   * The counters of the calling stream thread. Sensors are shared by every processor and task of a thread, so
   * calling this again returns counters that add up to the same totals.
   */
  static ValidatorMetrics of(StreamsMetrics metrics) {
    return new ValidatorMetrics(metrics);
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
        r -> counters.counter(REJECTED, "inputs refused and dead-lettered", Map.of("reason", r))).record();
  }

}
