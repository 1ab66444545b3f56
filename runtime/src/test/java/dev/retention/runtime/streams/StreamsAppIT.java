package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.retention.contracts.deadletter.DeadLetter;
import dev.retention.contracts.deadletter.RejectReason;
import dev.retention.contracts.topics.Topics;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import dev.retention.runtime.metrics.MetricsRegistry;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.TestKafka;
import dev.retention.testkit.TimedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** StreamsApp with the platform's Streams defaults (exactly-once, bounded RocksDB) on a real broker. */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StreamsAppIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");

  private final TestKafka kafka;
  private final MetricsRegistry metrics = MetricsRegistry.create("runtime-it");

  @TempDir
  Path stateDir;

  StreamsAppIT(TestKafka kafka) {
    this.kafka = kafka;
  }

  @AfterEach
  void closeMetrics() {
    metrics.close();
  }

  private StreamsApp app(Topology topology, String applicationId) {
    Map<String, String> overrides = Map.of(
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "streams.state.dir", stateDir.toString(),
        "streams.rocksdb.memory", "16m");
    StreamsSettings settings = StreamsSettings.from(
        Settings.of(ConfigSource.overrides(overrides)).resolve(StreamsSettings.settings(applicationId)));
    return StreamsApp.create(topology, settings, metrics.registry());
  }

  private static Topology countPerKey(String input, String output) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
        .groupByKey(Grouped.with("by-key", Serdes.String(), Serdes.String()))
        .count(Named.as("count"), Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as("counts")
            .withKeySerde(Serdes.String())
            .withValueSerde(Serdes.Long()))
        .toStream(Named.as("count-changes"))
        .to(output, Produced.with(Serdes.String(), Serdes.Long()));
    return builder.build();
  }

  @Test
  void shouldRunACountingTopologyAndReportHealthAndMetrics() {
    String input = kafka.uniqueTopic("words");
    String output = kafka.uniqueTopic("counts");
    kafka.createTopic(input, 2);
    kafka.createTopic(output, 2);

    StreamsApp app = app(countPerKey(input, output), kafka.uniqueApplicationId("runtime-count"));
    try {
      app.start();
      app.awaitRunning(WAIT);

      assertThat(app.isReady()).isTrue();
      assertThat(app.isHealthy()).isTrue();

      kafka.produce(input, new StringSerializer(), new StringSerializer(), List.of(
          TimedRecord.of("a", "x", T0),
          TimedRecord.of("b", "x", T0.plusSeconds(1)),
          TimedRecord.of("a", "y", T0.plusSeconds(2)),
          TimedRecord.of("a", "z", T0.plusSeconds(3))));

      List<ConsumerRecord<String, Long>> counts = kafka.awaitRecords(output, new StringDeserializer(),
          new LongDeserializer(), read -> Map.of("a", 3L, "b", 1L).equals(latest(read)),
          "a=3 and b=1 as the latest counts", WAIT);
      assertThat(latest(counts)).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3L, "b", 1L));

      await().atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(metrics.scrape())
              .contains("kafka_stream_alive_stream_threads{")
              .contains("service=\"runtime-it\""));
    } finally {
      assertThat(app.close(Duration.ofSeconds(30))).isTrue();
    }
    assertThat(app.state()).isEqualTo(State.NOT_RUNNING);
    assertThat(app.isHealthy()).isFalse();
    assertThat(app.isReady()).isFalse();
  }

  @Test
  void shouldDeadLetterUnreadableAndFailingRecordsAndGoOn() {
    String input = kafka.uniqueTopic("poisoned");
    String output = kafka.uniqueTopic("passed");
    kafka.createTopic(input, 1);
    kafka.createTopic(output, 1);
    kafka.createTopic(Topics.DEAD_LETTER.name(), 1);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.String(), Serdes.Integer()))
        .mapValues(value -> {
          if (value == 13) {
            throw new IllegalStateException("a bug met an unlucky number");
          }
          return "ok " + value;
        }, Named.as("check"))
        .to(output, Produced.with(Serdes.String(), Serdes.String()));
    String applicationId = kafka.uniqueApplicationId("runtime-poison");
    StreamsApp app = app(builder.build(), applicationId);
    byte[] unreadable = "not four bytes".getBytes(StandardCharsets.UTF_8);
    try {
      app.start();
      app.awaitRunning(WAIT);

      kafka.produce(input, new StringSerializer(), new ByteArraySerializer(), List.of(
          TimedRecord.of("a", new IntegerSerializer().serialize(input, 1), T0),
          TimedRecord.of("b", unreadable, T0.plusSeconds(1)),
          TimedRecord.of("c", new IntegerSerializer().serialize(input, 13), T0.plusSeconds(2)),
          TimedRecord.of("d", new IntegerSerializer().serialize(input, 2), T0.plusSeconds(3))));

      kafka.awaitRecords(output, new StringDeserializer(), new StringDeserializer(),
          read -> read.size() == 2, "the two good records", WAIT);
      List<ConsumerRecord<String, DeadLetter>> letters = kafka.awaitRecords(Topics.DEAD_LETTER.name(),
          Topics.DEAD_LETTER.keySerde().deserializer(), Topics.DEAD_LETTER.valueSerde().deserializer(),
          read -> read.size() == 2, "two dead letters", WAIT);
      assertThat(letters).extracting(ConsumerRecord::key).containsExactly("b", "c");
      DeadLetter unreadableLetter = letters.get(0).value();
      assertThat(unreadableLetter.reason()).isEqualTo(RejectReason.UNREADABLE_RECORD);
      assertThat(unreadableLetter.payload()).isEqualTo(unreadable);
      assertThat(unreadableLetter.sourceTopic()).isEqualTo(input);
      assertThat(unreadableLetter.sourceOffset()).isEqualTo(1L);
      assertThat(unreadableLetter.rejectedAt()).isEqualTo(T0.plusSeconds(1));
      assertThat(unreadableLetter.message()).startsWith(applicationId + " could not read the record");
      DeadLetter failedLetter = letters.get(1).value();
      assertThat(failedLetter.reason()).isEqualTo(RejectReason.PROCESSING_ERROR);
      assertThat(failedLetter.payload()).isEqualTo(new IntegerSerializer().serialize(input, 13));
      assertThat(failedLetter.message()).contains("failed processing the record in check")
          .contains("a bug met an unlucky number");
      assertThat(app.state()).isEqualTo(State.RUNNING);
      assertThat(app.isHealthy()).isTrue();
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(droppedRecords(app)).isEqualTo(2.0));
    } finally {
      app.close(Duration.ofSeconds(30));
    }
  }

  private static double droppedRecords(StreamsApp app) {
    return app.streams().metrics().entrySet().stream()
        .filter(e -> e.getKey().name().equals("dropped-records-total"))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
        .sum();
  }

  private static Map<String, Long> latest(List<ConsumerRecord<String, Long>> records) {
    Map<String, Long> latest = new HashMap<>();
    records.forEach(r -> latest.put(r.key(), r.value()));
    return latest;
  }

}
