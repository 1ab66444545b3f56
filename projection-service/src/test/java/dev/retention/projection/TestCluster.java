package dev.retention.projection;

import dev.retention.contracts.topics.Topic;
import dev.retention.contracts.topics.Topic.CleanupPolicy;
import dev.retention.contracts.topics.TopicProvisioner;
import dev.retention.contracts.topics.Topics;
import dev.retention.projection.config.ProjectionConfig;
import dev.retention.runtime.http.HttpServerConfig;
import dev.retention.runtime.streams.KafkaSecurity;
import dev.retention.runtime.streams.StreamsSettings;
import dev.retention.testkit.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Starting projection instances against a test cluster, as an operator would configure them. */
public final class TestCluster {

  public static final String KEY = "analyst-key-0123456789";

  private TestCluster() {}

  /**
   * The catalog topics, every record kept: test records carry historic timestamps that 30-day retention would remove
   * mid-test.
   */
  public static void createTopics(TestKafka kafka) {
    List<Topic<?, ?>> keptWhole = Topics.all().stream()
        .<Topic<?, ?>>map(t -> new Topic<>(t.name(), t.keySerde(), t.valueSerde(), t.partitions(),
            CleanupPolicy.DELETE, Optional.empty(), t.description()))
        .toList();
    new TopicProvisioner(kafka.admin(), (short) 1).createMissing(keptWhole);
  }

  public static Path keyFile(Path dir) {
    try {
      return Files.writeString(dir.resolve("analysts.properties"), "analyst=" + KEY + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ProjectionServer start(TestKafka kafka, String applicationId, Path stateDir, Path keyFile) {
    StreamsSettings streams = new StreamsSettings(List.of(kafka.bootstrapServers().split(",")), applicationId,
        stateDir, 1, Duration.ofMillis(100), 1, 32L * 1024 * 1024, 1, KafkaSecurity.NONE);
    ProjectionConfig config = ProjectionConfig.DEFAULTS.withApiKeysFile(keyFile);
    config = new ProjectionConfig(config.apiKeysFile(), Optional.empty(), config.timelineLength(),
        config.defaultPageSize(), config.maxPageSize(), true, Duration.ofSeconds(5), 1000, Duration.ofDays(3650));
    return ProjectionServer.start(streams, config,
        new HttpServerConfig("127.0.0.1", 0, 16 * 1024, Duration.ofSeconds(3)), Clock.systemUTC());
  }
}
