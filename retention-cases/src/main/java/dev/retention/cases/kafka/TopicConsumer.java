package dev.retention.cases.kafka;

import dev.retention.cases.model.InvalidCaseCommand;
import dev.retention.contracts.topics.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread reading one topic and handing each record to a handler; offsets are committed after the handler
 * returned, so a crash re-delivers (handlers are idempotent). A value that does not deserialize, or a command the
 * model refuses as invalid, is counted as rejected and skipped: it never stops the loop. Any other failure (the
 * database is down) is not skipped: the record is read again after a pause, so nothing is lost.
 * {@code retention_cases_records_total{topic, result}} counts every record once: in = accepted + ignored + rejected.
 */
public final class TopicConsumer<V> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TopicConsumer.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  /** What became of a record. */
  public enum Result {
    ACCEPTED, IGNORED, REJECTED
  }

  /** Handles one record; {@code value} is null for a tombstone. */
  @FunctionalInterface
  public interface Handler<V> {
    Result handle(String key, V value);
  }

  private final String topicName;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Deserializer<V> values;
  private final Handler<V> handler;
  private final Map<Result, Counter> counters = new HashMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean assigned = new AtomicBoolean(false);
  private final Thread thread;

  /** @param client the brokers and security settings ({@code CasesConfig.kafkaClientConfig()}) */
  public TopicConsumer(String topicName, Topic<String, V> catalogTopic, Map<String, Object> client, String groupId,
      MeterRegistry meters, Handler<V> handler) {
    this.topicName = topicName;
    this.values = catalogTopic.valueSerde().deserializer();
    this.handler = handler;
    Map<String, Object> config = new HashMap<>(client);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    for (Result result : Result.values()) {
      counters.put(result, Counter.builder("retention_cases_records")
          .description("Records read by retention-cases, by topic and what became of them")
          .tag("topic", topicName).tag("result", result.name().toLowerCase(Locale.ROOT))
          .register(meters));
    }
    this.thread = new Thread(this::run, "cases-consumer-" + topicName);
    thread.setDaemon(true);
  }

  public TopicConsumer<V> start() {
    thread.start();
    return this;
  }

  /** Whether partitions were assigned at least once: the consumer is working. */
  public boolean isAssigned() {
    return assigned.get();
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topicName), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          // offsets are committed after every batch; nothing is pending here
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          assigned.set(true);
        }
      });
      while (running.get()) {
        var records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Set<TopicPartition> failed = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (failed.contains(partition)) {
            continue; // read again from the failed record, in order
          }
          try {
            counters.get(handleOne(record)).increment();
            done.put(partition, new OffsetAndMetadata(record.offset() + 1));
          } catch (RuntimeException e) {
            LOG.warn("record {}-{}@{} failed, will be read again: {}", topicName, record.partition(),
                record.offset(), e.toString());
            consumer.seek(partition, record.offset());
            failed.add(partition);
          }
        }
        if (!done.isEmpty()) {
          consumer.commitSync(done);
        }
        if (!failed.isEmpty()) {
          pause();
        }
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } catch (RuntimeException e) {
      LOG.error("consumer of {} stopped", topicName, e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private Result handleOne(ConsumerRecord<String, byte[]> record) {
    V value;
    try {
      value = record.value() == null ? null : values.deserialize(topicName, record.value());
    } catch (RuntimeException e) {
      LOG.warn("rejected record {}-{}@{}: not a valid value: {}", topicName, record.partition(), record.offset(),
          e.getMessage());
      return Result.REJECTED;
    }
    try {
      return handler.handle(record.key(), value);
    } catch (InvalidCaseCommand e) {
      LOG.warn("rejected record {}-{}@{}: {}", topicName, record.partition(), record.offset(), e.getMessage());
      return Result.REJECTED;
    }
  }

  /** Backs off after a failure, so a database outage is not a hot loop. */
  private void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }

  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
