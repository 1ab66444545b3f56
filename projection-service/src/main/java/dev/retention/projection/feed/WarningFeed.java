package dev.retention.projection.feed;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every partition of the warnings topic into a {@link WarningRing}, so each instance can stream all warnings,
 * not only those of its own partitions. No consumer group: each instance reads everything, starting
 * {@code lookback} before now (wall clock: where to start reading is an operational choice, not event-time logic).
 */
public final class WarningFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WarningFeed.class);

  private final KafkaConsumer<String, ChurnWarning> consumer;
  private final WarningRing ring;
  private final Thread thread;
  private final AtomicBoolean closed = new AtomicBoolean();

  private WarningFeed(KafkaConsumer<String, ChurnWarning> consumer, WarningRing ring) {
    this.consumer = consumer;
    this.ring = ring;
    this.thread = new Thread(this::run, "warning-feed");
    thread.setDaemon(true);
  }

  /** @param clientConfig brokers and security, as every client of the service gets them */
  public static WarningFeed start(Map<String, Object> clientConfig, WarningRing ring, Duration lookback,
      Clock clock) {
    Map<String, Object> p = new HashMap<>(clientConfig);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    KafkaConsumer<String, ChurnWarning> consumer = new KafkaConsumer<>(p,
        Topics.CHURN_WARNINGS.keySerde().deserializer(), Topics.CHURN_WARNINGS.valueSerde().deserializer());
    WarningFeed feed = new WarningFeed(consumer, ring);
    feed.assign(clock.instant().minus(lookback).toEpochMilli());
    feed.thread.start();
    return feed;
  }

  private void assign(long fromMillis) {
    List<TopicPartition> partitions = consumer.partitionsFor(Topics.CHURN_WARNINGS.name(), Duration.ofSeconds(30))
        .stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> times = new HashMap<>();
    partitions.forEach(tp -> times.put(tp, fromMillis));
    Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, Duration.ofSeconds(30));
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    for (TopicPartition tp : partitions) {
      OffsetAndTimestamp at = offsets.get(tp);
      consumer.seek(tp, at != null ? at.offset() : ends.get(tp));
    }
  }

  private void run() {
    try {
      while (!closed.get()) {
        for (ConsumerRecord<String, ChurnWarning> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() != null) {
            ring.add(record.value());
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("The live warning feed stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      consumer.wakeup();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
