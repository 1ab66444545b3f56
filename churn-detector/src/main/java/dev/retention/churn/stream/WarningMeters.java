package dev.retention.churn.stream;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The warning counters as Micrometer counters ({@code churn_warnings_raised_total}, {@code ..._escalated_total},
 * {@code ..._cleared_total}), summed over the stream threads' {@link ChurnMetrics} sensors at every scrape. Bound
 * when the service starts, so they are on {@code /metrics} at once (the Kafka metrics binder only discovers sensors
 * added after start at its next refresh, up to a minute later).
 */
public final class WarningMeters {

  private WarningMeters() {}

  public static void bind(MeterRegistry registry, KafkaStreams streams) {
    for (String kind : new String[] {"raised", "escalated", "cleared"}) {
      String sensor = "warnings-" + kind + "-total";
      FunctionCounter.builder("churn.warnings." + kind, streams, s -> sum(s, sensor))
          .description("churn warnings " + kind + " (processing count: an aborted transaction processed again "
              + "counts again)")
          .register(registry);
    }
  }

  private static double sum(KafkaStreams streams, String name) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
      MetricName m = e.getKey();
      if (ChurnMetrics.GROUP.equals(m.group()) && name.equals(m.name())
          && e.getValue().metricValue() instanceof Number n) {
        total += n.doubleValue();
      }
    }
    return total;
  }
}
