package dev.retention.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingTest {

  @Test
  void shouldDeriveTheEnvironmentVariableFromTheName() {
    assertThat(Setting.of("kafka.bootstrap.servers", Parsers.nonBlank(), "doc").envVar())
        .isEqualTo("RETENTION_KAFKA_BOOTSTRAP_SERVERS");
    assertThat(Setting.envVarFor("http.max-body-size")).isEqualTo("RETENTION_HTTP_MAX_BODY_SIZE");
  }

  @Test
  void shouldTakeAnExplicitEnvironmentVariable() {
    Setting<Integer> port = Setting.of("port", Parsers.port(), "doc").withEnvVar("RETENTION_KAFKA_PORT");

    assertThat(port.envVar()).isEqualTo("RETENTION_KAFKA_PORT");
  }

  @Test
  void shouldBeRequiredUnlessDefaultedOrOptional() {
    Setting<Integer> bare = Setting.of("x", Parsers.positiveInt(), "doc");

    assertThat(bare.required()).isTrue();
    assertThat(bare.withDefault("1").required()).isFalse();
    assertThat(bare.asOptional().required()).isFalse();
    assertThat(bare.withDefault("1").asOptional().defaultValue()).isEmpty();
  }

  @Test
  void shouldParseStrippedValues() {
    assertThat(Setting.of("x", Parsers.port(), "doc").parse(" 8080\n")).isEqualTo(8080);
  }

  @Test
  void shouldRefuseMalformedDeclarations() {
    assertThatThrownBy(() -> Setting.of("Kafka.Servers", Parsers.nonBlank(), "doc"))
        .hasMessageContaining("lower-case words");
    assertThatThrownBy(() -> Setting.of("a..b", Parsers.nonBlank(), "doc")).hasMessageContaining("lower-case words");
    assertThatThrownBy(() -> Setting.of("x", Parsers.nonBlank(), "doc").withEnvVar("retention_x"))
        .hasMessageContaining("must be upper case");
    assertThatThrownBy(() -> Setting.of("x", Parsers.nonBlank(), " ")).hasMessageContaining("needs a doc");
  }
}
