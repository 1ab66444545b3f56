package dev.retention.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  static final Setting<Integer> PORT = Setting.of("http.port", Parsers.listenPort(), "HTTP port.").withDefault("8080");
  static final Setting<Duration> TIMEOUT =
      Setting.of("http.timeout", Parsers.duration(), "Request timeout.").withDefault("30s");
  static final Setting<String> NAME = Setting.of("service.name", Parsers.nonBlank(), "Service name.");
  static final Setting<Path> EXPORT_DIR = Setting.of("export.dir", Parsers.path(), "Export directory.").asOptional();
  static final List<Setting<?>> ALL = List.of(PORT, TIMEOUT, NAME, EXPORT_DIR);

  @TempDir
  Path dir;

  private static Properties props(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  @Test
  void shouldTakeDefaultsWhenNothingIsGiven() {
    ConfigValues values = Settings.standard(Map.of("service.name", "svc"), Map.of(), new Properties()).resolve(ALL);

    assertThat(values.get(PORT)).isEqualTo(8080);
    assertThat(values.get(TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
    assertThat(values.find(EXPORT_DIR)).isEmpty();
    assertThat(values.isDefault(PORT)).isTrue();
    assertThat(values.origin(PORT)).isEqualTo("default");
    assertThat(values.origin(EXPORT_DIR)).isEqualTo("unset");
  }

  @Test
  void shouldPreferOverridesThenSystemPropertiesThenEnvironmentThenFileThenDefault() throws IOException {
    Path file = dir.resolve("svc.properties");
    Files.writeString(file, "http.port=1005\nhttp.timeout=5m\nservice.name=from-file\nexport.dir=/exports\n");
    Map<String, String> env = Map.of(
        "RETENTION_CONFIG_FILE", file.toString(),
        "RETENTION_HTTP_PORT", "1004",
        "RETENTION_HTTP_TIMEOUT", "4m",
        "RETENTION_SERVICE_NAME", "from-env");
    Properties system = props("http.port", "1003", "http.timeout", "3m");
    Map<String, String> overrides = Map.of("http.port", "1002");

    ConfigValues values = Settings.standard(overrides, env, system).resolve(ALL);

    assertThat(values.get(PORT)).isEqualTo(1002);
    assertThat(values.origin(PORT)).isEqualTo("override http.port");
    assertThat(values.get(TIMEOUT)).isEqualTo(Duration.ofMinutes(3));
    assertThat(values.origin(TIMEOUT)).isEqualTo("system property http.timeout");
    assertThat(values.get(NAME)).isEqualTo("from-env");
    assertThat(values.origin(NAME)).isEqualTo("environment variable RETENTION_SERVICE_NAME");
    assertThat(values.get(EXPORT_DIR)).isEqualTo(Path.of("/exports"));
    assertThat(values.origin(EXPORT_DIR)).isEqualTo("export.dir in " + file);
  }

  @Test
  void shouldTreatBlankEnvironmentValuesAsUnsetButBlankOverridesAsGiven() {
    Settings settings = Settings.standard(Map.of("service.name", "svc"), Map.of("RETENTION_HTTP_PORT", " "),
        new Properties());
    assertThat(settings.resolve(ALL).get(PORT)).isEqualTo(8080);

    assertThatThrownBy(() -> Settings.standard(Map.of("service.name", ""), Map.of(), new Properties()).resolve(ALL))
        .hasMessageContaining("service.name: invalid value '' (from override service.name): must not be blank");
  }

  @Test
  void shouldReportEveryProblemAtOnceWithKeyValueOriginAndHowToSetIt() {
    Map<String, String> env = Map.of("RETENTION_HTTP_PORT", "eighty", "RETENTION_HTTP_TIMEOUT", "0s");

    assertThatThrownBy(() -> Settings.standard(Map.of(), env, new Properties()).resolve(ALL))
        .isInstanceOf(ConfigException.class)
        .hasMessage("invalid configuration (3 problems):\n"
            + "  - http.port: invalid value 'eighty' (from environment variable RETENTION_HTTP_PORT): must be a port "
            + "number between 0 (any free port) and 65535; set system property http.port or environment variable "
            + "RETENTION_HTTP_PORT\n"
            + "  - http.timeout: invalid value '0s' (from environment variable RETENTION_HTTP_TIMEOUT): must be "
            + "positive; set system property http.timeout or environment variable RETENTION_HTTP_TIMEOUT\n"
            + "  - service.name: no value: required, and it has no default; set system property service.name or "
            + "environment variable RETENTION_SERVICE_NAME")
        .asInstanceOf(type(ConfigException.class))
        .extracting(ConfigException::problems)
        .satisfies(problems -> assertThat(problems).extracting(p -> p.setting().name())
            .containsExactly("http.port", "http.timeout", "service.name"));
  }

  @Test
  void shouldReportABadValueRatherThanFallBackToALowerSource() {
    Properties system = props("http.port", "-1");
    Map<String, String> env = Map.of("RETENTION_HTTP_PORT", "9000", "RETENTION_SERVICE_NAME", "svc");

    assertThatThrownBy(() -> Settings.standard(Map.of(), env, system).resolve(ALL))
        .hasMessageContaining("invalid value '-1' (from system property http.port)");
  }

  @Test
  void shouldNameTheConfigFileWhenItCannotBeRead() {
    Path missing = dir.resolve("nope.properties");

    assertThatThrownBy(() -> Settings.standard(Map.of(), Map.of("RETENTION_CONFIG_FILE", missing.toString()),
        new Properties()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config.file: invalid value '" + missing
            + "' (from environment variable RETENTION_CONFIG_FILE): cannot read it: java.nio.file.NoSuchFileException")
        .hasMessageContaining("set system property config.file or environment variable RETENTION_CONFIG_FILE");
  }

  @Test
  void shouldReadAConfigFileNamedByASystemProperty() throws IOException {
    Path file = dir.resolve("a.properties");
    Files.writeString(file, "service.name = ünïcode\n", StandardCharsets.UTF_8);

    ConfigValues values = Settings.standard(Map.of(), Map.of(), props("config.file", file.toString()))
        .resolve(List.of(NAME, Settings.CONFIG_FILE));

    assertThat(values.get(NAME)).isEqualTo("ünïcode");
    assertThat(values.find(Settings.CONFIG_FILE)).contains(file);
  }

  @Test
  void shouldResolveWithAnyOrderOfSources() {
    Settings cli = Settings.of(ConfigSource.commandLine(Map.of("http.port", "1")),
        ConfigSource.environment(Map.of("RETENTION_HTTP_PORT", "2")));

    ConfigValues values = cli.resolve(List.of(PORT));

    assertThat(values.get(PORT)).isEqualTo(1);
    assertThat(values.origin(PORT)).isEqualTo("--http.port");
    assertThat(cli.howToSet(PORT)).isEqualTo("--http.port or environment variable RETENTION_HTTP_PORT");
  }

  @Test
  void shouldReportABadDefaultLikeABadValue() {
    Setting<Integer> broken = Setting.of("broken", Parsers.port(), "doc").withDefault("none");

    assertThatThrownBy(() -> Settings.of().resolve(List.of(broken)))
        .hasMessageContaining("broken: invalid value 'none' (from default): must be a port number");
  }

  @Test
  void shouldAcceptASettingListedTwiceButNotTwoSettingsWithOneName() {
    Setting<String> other = Setting.of("http.port", Parsers.nonBlank(), "doc");

    assertThat(Settings.of().resolve(List.of(PORT, PORT)).get(PORT)).isEqualTo(8080);
    assertThatThrownBy(() -> Settings.of().resolve(List.of(PORT, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different settings are named http.port");
  }

  @Test
  void shouldRefuseToReadASettingThatWasNotResolved() {
    ConfigValues values = Settings.of().resolve(List.of(PORT));

    assertThatThrownBy(() -> values.get(TIMEOUT)).hasMessageContaining("http.timeout was not resolved");
    assertThatThrownBy(() -> Settings.of().resolve(List.of(EXPORT_DIR)).get(EXPORT_DIR))
        .hasMessageContaining("read it with find()");
  }

  @Test
  void shouldDescribeTheEffectiveConfigurationWithOrigins() {
    ConfigValues values = Settings.of(ConfigSource.overrides(Map.of("http.timeout", "1m")))
        .resolve(List.of(PORT, TIMEOUT, EXPORT_DIR));

    assertThat(values.describe()).isEqualTo("http.port = 8080 (default)\n"
        + "http.timeout = 1m (override http.timeout)\n"
        + "export.dir (unset)");
  }
}
