package dev.retention.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.testkit.KafkaCluster;
import dev.retention.testkit.MutableClock;
import dev.retention.testkit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The demo generator against a real broker: history once, then live traffic, the drifting customers written down. */
@KafkaCluster
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DemoGeneratorIT {

  @BeforeAll
  static void createCatalogTopics(TestKafka kafka) {
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing();
  }

  @Test
  void shouldPublishTheHistoryOnceThenLiveEventsAtTheCurrentTime(TestKafka kafka, @TempDir Path dir)
      throws Exception {
    DemoConfig config = new DemoConfig(kafka.bootstrapServers(), 300, Duration.ofDays(120), 10, 7, dir);
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));

    long first;
    try (DemoPublisher publisher = new DemoPublisher(config.bootstrapServers())) {
      DemoGenerator generator = new DemoGenerator(config, clock, publisher);
      first = generator.publishHistory();
      assertThat(publisher.acknowledged()).isEqualTo(first);
    }
    assertThat(first).isGreaterThan(300);
    assertThat(rawRecords(kafka)).isEqualTo(first);
    List<String> report = Files.readAllLines(dir.resolve(DemoGenerator.REPORT_FILE));
    assertThat(report.get(0)).isEqualTo("customerId,trait,driftFrom,purchasesPerWeek");
    assertThat(report.subList(1, report.size())).anyMatch(line -> line.contains(",DRIFTING,2026-"));

    clock.advance(Duration.ofHours(3));
    try (DemoPublisher publisher = new DemoPublisher(config.bootstrapServers())) {
      DemoGenerator restarted = new DemoGenerator(config, clock, publisher);
      assertThat(restarted.publishHistory()).isZero();
      assertThat(restarted.historyEvents()).isEqualTo(first);
      // the same customers as before the restart, not a new population made from the later clock
      assertThat(Files.readAllLines(dir.resolve(DemoGenerator.REPORT_FILE))).isEqualTo(report);
      restarted.sendLive(25);
      publisher.flush();
      assertThat(publisher.acknowledged()).isEqualTo(25);
      assertThat(restarted.liveEvents()).isEqualTo(25);
    }
    assertThat(rawRecords(kafka)).isEqualTo(first + 25);
  }

  private static long rawRecords(TestKafka kafka) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.consumerConfig("count"),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.RAW_INTERACTIONS.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      return end.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
