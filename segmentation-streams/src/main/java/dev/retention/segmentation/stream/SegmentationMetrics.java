package dev.retention.segmentation.stream;

import dev.retention.runtime.streams.ThreadCounters;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
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

  private final ThreadCounters counters;
  private final Sensor applied;
  private final Sensor timers;
  private final Map<String, Sensor> rejected = new HashMap<>();

  private SegmentationMetrics(StreamsMetrics metrics) {
    this.counters = ThreadCounters.of(metrics, GROUP);
    this.applied = counters.counter(APPLIED, "interaction events applied");
    this.timers = counters.counter(TIMERS, "due-time timers fired");
  }

  /** The counters of the calling stream thread, shared by every task of the thread. */
  static SegmentationMetrics of(StreamsMetrics metrics) {
    return new SegmentationMetrics(metrics);
  }

  void applied() {
    applied.record();
  }

  void timerFired() {
    timers.record();
  }

  void rejected(String reason) {
    rejected.computeIfAbsent(reason,
        r -> counters.counter(REJECTED, "events refused and dead-lettered", Map.of("reason", r))).record();
  }

}
