package dev.retention.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaSecurityTest {

  @TempDir
  Path dir;

  private StreamsSettings resolve(Map<String, String> overrides) {
    return StreamsSettings.from(Settings.of(ConfigSource.overrides(overrides))
        .resolve(StreamsSettings.settings("retention-x")));
  }

  @Test
  void shouldTalkPlaintextByDefault() {
    StreamsSettings settings = resolve(Map.of());

    assertThat(settings.security()).isEqualTo(KafkaSecurity.NONE);
    assertThat(settings.clientConfig()).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
        .containsEntry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
        .doesNotContainKey(SaslConfigs.SASL_JAAS_CONFIG);
  }

  @Test
  void shouldConfigureScramOverTlsWithThePasswordFromAFile() throws Exception {
    Path password = Files.writeString(dir.resolve("password"), "s3cr\"et\n");
    Path truststore = dir.resolve("ca.p12");
    Path truststorePassword = Files.writeString(dir.resolve("ca-password"), "changeit");
    StreamsSettings settings = resolve(Map.of(
        "kafka.security.protocol", "sasl_ssl",
        "kafka.sasl.username", "retention-segmentation",
        "kafka.sasl.password-file", password.toString(),
        "kafka.ssl.truststore.location", truststore.toString(),
        "kafka.ssl.truststore.password-file", truststorePassword.toString()));

    Map<String, Object> config = settings.clientConfig();
    assertThat(config).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
        .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512")
        .containsEntry(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule "
            + "required username=\"retention-segmentation\" password=\"s3cr\\\"et\";")
        .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststore.toString())
        .containsEntry(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, "changeit");
    assertThat(StreamsDefaults.properties(settings)).containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
    assertThat(settings.security().toString()).contains("retention-segmentation").doesNotContain("s3cr");
  }

  @Test
  void shouldConfigureMutualTlsWithAClientCertificate() throws Exception {
    Path keystore = dir.resolve("client.p12");
    Path keystorePassword = Files.writeString(dir.resolve("client-password"), "kspw");
    Map<String, Object> config = resolve(Map.of("kafka.security.protocol", "SSL",
        "kafka.ssl.keystore.location", keystore.toString(),
        "kafka.ssl.keystore.password-file", keystorePassword.toString())).clientConfig();

    assertThat(config).containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL")
        .containsEntry(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, keystore.toString())
        .containsEntry(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, "kspw")
        .containsEntry(SslConfigs.SSL_KEY_PASSWORD_CONFIG, "kspw")
        .doesNotContainKey(SaslConfigs.SASL_MECHANISM);
  }

  @Test
  void shouldRefuseIncompleteOrUnreadableSecuritySettings() {
    assertThatThrownBy(() -> resolve(Map.of("kafka.security.protocol", "SASL_SSL",
        "kafka.sasl.username", "u"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("kafka.sasl.password-file");
    assertThatThrownBy(() -> resolve(Map.of("kafka.security.protocol", "SSL",
        "kafka.ssl.keystore.location", "/x.p12"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("kafka.ssl.keystore.password-file");
    Map<String, String> missingFile = new HashMap<>(Map.of("kafka.security.protocol", "SASL_SSL",
        "kafka.sasl.username", "u", "kafka.sasl.password-file", dir.resolve("nope").toString()));
    assertThatThrownBy(() -> resolve(missingFile)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read");
    assertThatThrownBy(() -> resolve(Map.of("kafka.security.protocol", "KERBEROS")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("must be one of");
  }
}
