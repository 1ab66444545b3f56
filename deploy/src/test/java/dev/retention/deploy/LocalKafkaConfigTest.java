package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.runtime.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalKafkaConfigTest {

  private static final Path HOME = Path.of("/opt/retention");

  @Test
  void defaultsToALocalBrokerUnderTheHomeDirectory() {
    LocalKafkaConfig config = LocalKafkaConfig.defaults(HOME);

    assertThat(config.dataDir()).isEqualTo(Path.of("/opt/retention/.data/kafka"));
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(9092);
    assertThat(config.controllerPort()).isEqualTo(9093);
    assertThat(config.heap()).isEqualTo("512m");
    assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:9092");
  }

  @Test
  void environmentOverridesDefaultsAndOptionsOverrideTheEnvironment() {
    Map<String, String> env = Map.of(
        "RETENTION_KAFKA_PORT", "19092",
        "RETENTION_KAFKA_CONTROLLER_PORT", "19093",
        "RETENTION_KAFKA_START_TIMEOUT", "2m");
    Map<String, String> options = Map.of("port", "29092");

    LocalKafkaConfig config = LocalKafkaConfig.resolve(options, env, HOME);

    assertThat(config.port()).isEqualTo(29092);
    assertThat(config.controllerPort()).isEqualTo(19093);
    assertThat(config.startTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void anExplicitDataDirectoryIsTakenAsGiven() {
    LocalKafkaConfig absolute = LocalKafkaConfig.resolve(Map.of("data-dir", "/var/lib/kafka"), Map.of(), HOME);
    LocalKafkaConfig relative = LocalKafkaConfig.resolve(Map.of(), Map.of("RETENTION_KAFKA_DATA_DIR", "k"), HOME);

    assertThat(absolute.dataDir()).isEqualTo(Path.of("/var/lib/kafka"));
    assertThat(relative.dataDir()).isEqualTo(Path.of("k").toAbsolutePath());
  }

  @Test
  void homeComesFromTheEnvironmentFirst() {
    assertThat(LocalKafkaConfig.home(Map.of("RETENTION_HOME", "/srv/r"))).isEqualTo(Path.of("/srv/r"));
  }

  @Test
  void durationsAcceptShortAndIsoForms() {
    assertThat(resolveTimeout("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(resolveTimeout("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(resolveTimeout("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
  }

  private static Duration resolveTimeout(String raw) {
    return LocalKafkaConfig.resolve(Map.of("start-timeout", raw), Map.of(), HOME).startTimeout();
  }

  @Test
  void aBadValueNamesTheOptionItsSourceAndWhatIsValid() {
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("port", "kafka"), Map.of(), HOME))
        .isInstanceOf(LauncherException.class)
        .hasMessage("invalid value 'kafka' for --port (from --port): must be a port number between 1 and 65535");
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of(), Map.of("RETENTION_KAFKA_PORT", "70000"), HOME))
        .hasMessageContaining("environment variable RETENTION_KAFKA_PORT")
        .hasMessageContaining("between 1 and 65535");
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("heap", "lots"), Map.of(), HOME))
        .hasMessageContaining("like 512m or 1g");
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("host", "::1"), Map.of(), HOME))
        .hasMessageContaining("IPv6 is not supported");
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("start-timeout", "soon"), Map.of(), HOME))
        .hasMessageContaining("like 500ms, 60s, 2m or PT90S");
  }

  @Test
  void reportsEveryBadValueAtOnceOneLineEach() {
    Map<String, String> env = Map.of("RETENTION_KAFKA_HEAP", "lots");

    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("port", "kafka"), env, HOME))
        .isInstanceOf(LauncherException.class)
        .hasMessage("invalid value 'kafka' for --port (from --port): must be a port number between 1 and 65535\n"
            + "invalid value 'lots' for --heap (from environment variable RETENTION_KAFKA_HEAP): "
            + "must be a JVM memory size like 512m or 1g");
  }

  @Test
  void refusesTheSamePortForClientsAndController() {
    assertThatThrownBy(() -> LocalKafkaConfig.resolve(Map.of("port", "9093"), Map.of(), HOME))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("must differ, both are 9093")
        .hasMessageContaining("--controller-port or RETENTION_KAFKA_CONTROLLER_PORT");
  }

  @Test
  void everySettingHasItsOwnOptionAndVariableAndAValidDefault() {
    assertThat(LocalKafkaConfig.SETTINGS).extracting(Setting::name).doesNotHaveDuplicates();
    assertThat(LocalKafkaConfig.SETTINGS).extracting(Setting::envVar)
        .doesNotHaveDuplicates()
        .allMatch(v -> v.startsWith("RETENTION_KAFKA_"));
    for (Setting<?> s : LocalKafkaConfig.SETTINGS) {
      assertThat(s.parse(s.defaultValue().orElseThrow())).as(s.name()).isNotNull();
      assertThat(s.doc()).as(s.name()).isNotBlank();
    }
  }
}
