package dev.retention.segmentation.stream;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.Sensor.RecordingLevel;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * The segmentation's counters, as Kafka Streams custom sensors in group {@value #GROUP}, one set per stream thread
 * (tag {@code thread-id}), so they reach Prometheus with the other Streams metrics:
 *
 * <ul>
 *   <li>{@value #APPLIED}: interaction events folded into a customer's state
 *   <li>{@value #REJECTED}: events dead-lettered, tag {@code reason} ({@code LATE_EVENT}, {@code MISSING_EXCHANGE_RATE})
 *   <li>{@value #TIMERS}: due-time timers that fired (a customer evaluated with no event)
 * </ul>
 *
 * <p>Processing counts: under exactly-once, a transaction that aborts and is processed again is counted again.
 */
final class SegmentationMetrics {

  static final String GROUP = "segmentation-metrics";
  static final String APPLIED = "events-applied-total";
  static final String REJECTED = "events-rejected-total";
  static final String TIMERS = "timers-fired-total";

  private final StreamsMetrics metrics;
  private final String threadId;
  private final Sensor applied;
  private final Sensor timers;
  private final Map<String, Sensor> rejected = new HashMap<>();

  private SegmentationMetrics(StreamsMetrics metrics, String threadId) {
    this.metrics = metrics;
    this.threadId = threadId;
    this.applied = counter(APPLIED, "interaction events applied", Map.of());
    this.timers = counter(TIMERS, "due-time timers fired", Map.of());
  }

  /** The counters of the calling stream thread, shared by every task of the thread. */
  static SegmentationMetrics of(StreamsMetrics metrics) {
    return new SegmentationMetrics(metrics, Thread.currentThread().getName());
  }

  void applied() {
    applied.record();
  }

  void timerFired() {
    timers.record();
  }

  void rejected(String reason) {
    rejected.computeIfAbsent(reason,
        r -> counter(REJECTED, "events refused and dead-lettered", Map.of("reason", r))).record();
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
