package dev.retention.ingestion.stream;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The validator's counters summed over every stream thread, read from {@code KafkaStreams#metrics()} (or a
 * {@code TopologyTestDriver}'s). See {@link ValidatorMetrics} for what each one counts.
 *
 * @param rejectedByReason dead letters per reject reason
 */
public record ValidatorCounts(long in, long accepted, Map<String, Long> rejectedByReason, long duplicates) {

  public ValidatorCounts {
    rejectedByReason = Map.copyOf(rejectedByReason);
  }

  public static ValidatorCounts from(Map<MetricName, ? extends Metric> metrics) {
    long in = 0;
    long accepted = 0;
    long duplicates = 0;
    Map<String, Long> rejected = new TreeMap<>();
    for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
      MetricName name = entry.getKey();
      if (!ValidatorMetrics.GROUP.equals(name.group())) {
        continue;
      }
      long value = ((Number) entry.getValue().metricValue()).longValue();
      switch (name.name()) {
        case ValidatorMetrics.IN -> in += value;
        case ValidatorMetrics.ACCEPTED -> accepted += value;
        case ValidatorMetrics.DUPLICATES -> duplicates += value;
        case ValidatorMetrics.REJECTED -> rejected.merge(name.tags().get("reason"), value, Long::sum);
        default -> { }
      }
    }
    return new ValidatorCounts(in, accepted, rejected, duplicates);
  }

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** True when every record read is accounted for: {@code in = accepted + rejected + duplicates}. */
  public boolean balanced() {
    return in == accepted + rejected() + duplicates;
  }
}
