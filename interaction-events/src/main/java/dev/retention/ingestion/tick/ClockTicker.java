package dev.retention.ingestion.tick;

import dev.retention.contracts.topics.ClockTicks;
import dev.retention.contracts.topics.Topics;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes clock ticks ({@link ClockTicks}) to the partitions of the interactions topic that have been quiet, so that
 * stream time, and with it every timer of the consumers, moves on when traffic is sparse.
 *
 * <p>Only quiet partitions get a tick: a partition whose end offset moved since the last look carries events, and
 * their times move stream time. So a history import, which keeps its partitions busy with old event times, is never
 * overtaken by a tick with the current time (which would make the rest of the import late). Ticks are written only
 * here, live; a replay of history carries none, and a re-processing of the topic meets the same ticks at the same
 * offsets, so results repeat.
 *
 * <p>Several instances may tick the same partition; a tick more is harmless (a tick never goes back in time, and
 * consumers skip it after it moved stream time).
 */
public final class ClockTicker {

  private static final Logger LOG = LoggerFactory.getLogger(ClockTicker.class);
  private static final long TIMEOUT_MS = 10_000;

  private final Admin admin;
  private final Producer<String, byte[]> producer;
  private final Clock clock;
  private final TickerConfig config;
  private final Map<TopicPartition, Long> lastSeenEnd = new HashMap<>();
  private long ticks;

  public ClockTicker(Admin admin, Producer<String, byte[]> producer, Clock clock, TickerConfig config) {
    this.admin = admin;
    this.producer = producer;
    this.clock = clock;
    this.config = config;
  }

  /**
   * Looks at every partition once and ticks the quiet ones: those whose end offset has not moved since the previous
   * look (apart from this ticker's own tick). The first look at a partition only takes note of where it ends.
   *
   * @return the partitions ticked
   */
  public List<TopicPartition> tickQuietPartitions() throws InterruptedException, ExecutionException,
      TimeoutException {
    Map<TopicPartition, Long> ends = endOffsets();
    long timestamp = clock.millis() - config.lag().toMillis();
    List<TopicPartition> quiet = ends.entrySet().stream()
        .filter(e -> e.getValue().equals(lastSeenEnd.get(e.getKey())))
        .map(Map.Entry::getKey).sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
    lastSeenEnd.putAll(ends);
    for (TopicPartition partition : quiet) {
      RecordMetadata written = producer.send(ClockTicks.tick(partition.partition(), timestamp))
          .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      // the tick itself moved the end; it does not make the partition busy
      lastSeenEnd.put(partition, written.offset() + 1);
      ticks++;
    }
    return quiet;
  }

  /** Ticks written since start. */
  public long ticks() {
    return ticks;
  }

  /** One round for a scheduler: failures are logged, not thrown, so the next round still comes. */
  public void runOnce() {
    try {
      tickQuietPartitions();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.warn("clock tick round failed; trying again in {}: {}", config.interval(), e.toString());
    }
  }

  private Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException, TimeoutException {
    String topic = Topics.INTERACTIONS.name();
    int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
        .get(topic).partitions().size();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < partitions; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(latest).all()
        .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
  }
}
