package dev.retention.churn.stream;

import dev.retention.runtime.streams.ThreadCounters;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * The churn detector's counters, as Kafka Streams custom sensors in group {@value #GROUP}, one set per stream thread
 * (tag {@code thread-id}), so they reach {@code /metrics} with the other Streams metrics (prefix
 * {@code kafka_stream_churn_metrics_}): warnings raised, escalated and cleared, events applied, late events dead-lettered, timers fired.
 * Processing counts: under exactly-once a transaction that aborts and is processed again is counted again.
 */
final class ChurnMetrics {

  static final String GROUP = "churn-metrics";

  private final Sensor applied;
  private final Sensor late;
  private final Sensor timers;
  private final Sensor raised;
  private final Sensor escalated;
  private final Sensor cleared;

  private ChurnMetrics(ThreadCounters counters) {
    this.applied = counters.counter("events-applied-total", "interaction and customer-value records applied");
    this.late = counters.counter("events-late-total", "interaction events beyond the grace, dead-lettered");
    this.timers = counters.counter("timers-fired-total", "due-time timers that fired");
    this.raised = counters.counter("warnings-raised-total", "churn warnings raised");
    this.escalated = counters.counter("warnings-escalated-total", "churn warnings escalated");
    this.cleared = counters.counter("warnings-cleared-total", "churn warnings cleared");
  }

  static ChurnMetrics of(StreamsMetrics metrics) {
    return new ChurnMetrics(ThreadCounters.of(metrics, GROUP));
  }

  void applied() {
    applied.record();
  }

  void late() {
    late.record();
  }

  void timerFired() {
    timers.record();
  }

  void warning(dev.retention.contracts.churn.ChurnWarning warning) {
    if (warning instanceof dev.retention.contracts.churn.ChurnWarningRaised) {
      raised.record();
    } else if (warning instanceof dev.retention.contracts.churn.ChurnWarningEscalated) {
      escalated.record();
    } else {
      cleared.record();
    }
  }
}
