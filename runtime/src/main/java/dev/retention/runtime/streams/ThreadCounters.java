package dev.retention.runtime.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.Sensor.RecordingLevel;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * Counters of a topology as Kafka Streams sensors of the calling stream thread, so they appear in
 * {@code KafkaStreams#metrics()} and, through Micrometer's binder, on {@code /metrics}. Sensors are per thread and
 * shared by every processor and task of the thread; asking again for the same counter returns the same sensor, so
 * the totals add up.
 */
public final class ThreadCounters {

  private final StreamsMetrics metrics;
  private final String group;
  private final String threadId;

  private ThreadCounters(StreamsMetrics metrics, String group, String threadId) {
    this.metrics = metrics;
    this.group = group;
    this.threadId = threadId;
  }

  /** The counters of metric group {@code group} for the calling stream thread. */
  public static ThreadCounters of(StreamsMetrics metrics, String group) {
    return new ThreadCounters(metrics, group, Thread.currentThread().getName());
  }

  public Sensor counter(String name, String description) {
    return counter(name, description, Map.of());
  }

  /** A cumulative count tagged with the thread id and {@code extraTags}. */
  public Sensor counter(String name, String description, Map<String, String> extraTags) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("thread-id", threadId);
    tags.putAll(extraTags);
    String sensorName = threadId + "." + group + "." + name + extraTags.values();
    Sensor sensor = metrics.addSensor(sensorName, RecordingLevel.INFO);
    // adding a metric a sensor already has is a no-op, so every processor of the thread may call this
    sensor.add(new MetricName(name, group, description, tags), new CumulativeCount());
    return sensor;
  }
}
