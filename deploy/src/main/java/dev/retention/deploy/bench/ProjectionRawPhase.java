package dev.retention.deploy.bench;

import dev.retention.deploy.bench.ProjectionRun.Phase;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The freshness phase's reference: the same events at the same rate, with the same producer settings, to a topic of
 * the run's own with the interactions topic's partition count, received by a plain {@code KafkaConsumer} with
 * isolation.level=read_committed (what the projection's Streams consumer uses under exactly_once_v2). Latency =
 * receipt minus send, of every event, both on this JVM's clock.
 */
final class ProjectionRawPhase {

  static final String NAME = "raw kafka reference";
  private static final String INDEX_HEADER = "bench-index";

  private final String bootstrap;
  private final String topic;
  private final int partitions;
  private final Map<String, Object> producerConfig;

  /** @param topic a topic of the run's own, with {@code partitions} partitions, empty or not */
  ProjectionRawPhase(String bootstrap, String topic, int partitions, Map<String, Object> producerConfig) {
    this.bootstrap = bootstrap;
    this.topic = topic;
    this.partitions = partitions;
    this.producerConfig = producerConfig;
  }

  Phase run(ProjectionPacer pacer, ProjectionEvents events, Duration maxWait, CpuMeter cpu)
      throws InterruptedException {
    int total = Math.toIntExact(pacer.total());
    AtomicLongArray sentAt = new AtomicLongArray(total);
    AtomicLongArray arrivedAt = new AtomicLongArray(total);
    AtomicLong arrived = new AtomicLong();
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    AtomicBoolean positioned = new AtomicBoolean();
    Thread reader = new Thread(() -> {
      try {
        read(arrivedAt, arrived, reading, positioned);
      } catch (RuntimeException e) {
        readerFailure.set(e);
        positioned.set(true);
      }
    }, "projection-bench-raw-reader");
    reader.setDaemon(true); // an aborted run must not keep the JVM alive
    reader.start();
    long positionDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!positioned.get() && System.nanoTime() < positionDeadline) {
      Thread.sleep(10);
    }
    AtomicLong sendErrors = new AtomicLong();
    Map<String, Duration> before = cpu.read();
    double seconds;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer())) {
      seconds = pacer.drive(i -> {
        ProjectionEvents.Event e = events.next(i, Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, e.customerId(), e.json());
        record.headers().add(INDEX_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(i).array());
        sentAt.set((int) i, System.nanoTime());
        producer.send(record, (metadata, error) -> {
          if (error != null) {
            sendErrors.incrementAndGet();
          }
        });
      });
      producer.flush();
    }
    CpuMeter.Usage usage = CpuMeter.usage(before, cpu.read(), seconds, Map.of());
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (arrived.get() < total - sendErrors.get() && System.nanoTime() < deadline && readerFailure.get() == null) {
      Thread.sleep(20);
    }
    reading.set(false);
    reader.join(10_000);
    if (readerFailure.get() != null) {
      throw new IllegalStateException("the reference consumer failed: " + readerFailure.get(), readerFailure.get());
    }
    ProjectionLatencies latencies = new ProjectionLatencies();
    for (int i = 0; i < total; i++) {
      long at = arrivedAt.get(i);
      latencies.add(at - sentAt.get(i), at != 0);
    }
    return new Phase(NAME, seconds, List.of(latencies.series(ProjectionRun.RAW_KAFKA,
        "produce -> read_committed KafkaConsumer, every event")),
        List.of(String.format(Locale.ROOT, "%,d events at %,d events/s to %s (%d partitions); the consumer's "
            + "poll returns as soon as records arrive", total, pacer.rate(), topic, partitions),
            "the same payloads and producer settings as the freshness phase"),
        "while sending, " + usage.describe(), usage.otherProcesses(), pacer.rate());
  }

  private void read(AtomicLongArray arrivedAt, AtomicLong arrived, AtomicBoolean reading,
      AtomicBoolean positioned) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> all = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(all);
      consumer.seekToEnd(all);
      all.forEach(consumer::position); // resolve the positions before anything is sent
      positioned.set(true);
      while (reading.get()) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(20))) {
          long now = System.nanoTime();
          Header header = r.headers().lastHeader(INDEX_HEADER);
          if (header != null) {
            int i = (int) ByteBuffer.wrap(header.value()).getLong();
            if (i >= 0 && i < arrivedAt.length() && arrivedAt.compareAndSet(i, 0, now)) {
              arrived.incrementAndGet();
            }
          }
        }
      }
    }
  }
}
