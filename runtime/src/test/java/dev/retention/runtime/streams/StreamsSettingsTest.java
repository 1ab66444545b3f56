package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

  @Test
  void shouldDefaultToALocalSingleBrokerSetup() {
    StreamsSettings settings = StreamsSettings.from(Settings.of().resolve(StreamsSettings.settings("retention-x")));

    assertThat(settings.bootstrapServers()).containsExactly("127.0.0.1:9092");
    assertThat(settings.applicationId()).isEqualTo("retention-x");
    assertThat(settings.stateDir()).isEqualTo(Path.of(".data/streams").toAbsolutePath().normalize());
    assertThat(settings.numStreamThreads()).isEqualTo(1);
    assertThat(settings.commitInterval()).isEqualTo(Duration.ofMillis(100));
    assertThat(settings.replicationFactor()).isEqualTo(1);
    assertThat(settings.rocksDbMemoryBytes()).isEqualTo(128L * 1024 * 1024);
    assertThat(settings.numStandbyReplicas()).isZero();
  }

  @Test
  void shouldTakeEverySettingFromTheEnvironment() {
    Map<String, String> env = Map.of(
        "RETENTION_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092",
        "RETENTION_STREAMS_APPLICATION_ID", "retention-y",
        "RETENTION_STREAMS_STATE_DIR", "/var/lib/streams",
        "RETENTION_STREAMS_NUM_THREADS", "4",
        "RETENTION_STREAMS_COMMIT_INTERVAL", "1s",
        "RETENTION_STREAMS_REPLICATION_FACTOR", "3",
        "RETENTION_STREAMS_ROCKSDB_MEMORY", "1g",
        "RETENTION_STREAMS_NUM_STANDBY_REPLICAS", "1");

    StreamsSettings settings = StreamsSettings.from(
        Settings.of(ConfigSource.environment(env)).resolve(StreamsSettings.settings("retention-x")));

    assertThat(settings.bootstrapServersConfig()).isEqualTo("k1:9092,k2:9092");
    assertThat(settings.applicationId()).isEqualTo("retention-y");
    assertThat(settings.stateDir()).isEqualTo(Path.of("/var/lib/streams"));
    assertThat(settings.numStreamThreads()).isEqualTo(4);
    assertThat(settings.commitInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.replicationFactor()).isEqualTo(3);
    assertThat(settings.rocksDbMemoryBytes()).isEqualTo(1L << 30);
    assertThat(settings.numStandbyReplicas()).isEqualTo(1);
    assertThat(StreamsDefaults.properties(settings)).containsEntry("num.standby.replicas", 1);
  }

  @Test
  void shouldRefuseAnApplicationIdKafkaWouldRefuse() {
    assertThatThrownBy(() -> Settings.of(ConfigSource.overrides(Map.of("streams.application.id", "my app")))
        .resolve(StreamsSettings.settings("retention-x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must consist of letters, digits");
  }

  @Test
  void shouldDocumentEverySetting() {
    assertThat(ConfigDoc.markdown(StreamsSettings.settings("retention-x")))
        .contains("`kafka.bootstrap.servers` | `RETENTION_KAFKA_BOOTSTRAP_SERVERS` | `127.0.0.1:9092`")
        .contains("`streams.application.id` | `RETENTION_STREAMS_APPLICATION_ID` | `retention-x`")
        .contains("`streams.replication.factor`", "`streams.rocksdb.memory`", "`streams.commit.interval`");
  }
}
