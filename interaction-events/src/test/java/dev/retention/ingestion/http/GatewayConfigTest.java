package dev.retention.ingestion.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import dev.retention.runtime.http.ApiKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {

  private static final ApiKeys KEYS = ApiKeys.of(Map.of("shop", "shop-key-0123456789abcdef"));

  @Test
  void shouldResolveDefaultsAndReadTheKeyFile(@TempDir Path dir) throws Exception {
    Path keys = dir.resolve("api-keys");
    Files.writeString(keys, "shop=shop-key-0123456789abcdef\n");
    ConfigValues values = Settings.of(ConfigSource.overrides(Map.of("gateway.api-keys.file", keys.toString())))
        .resolve(GatewayConfig.settings());

    GatewayConfig config = GatewayConfig.from(values, ValidationRules.DEFAULTS);

    assertThat(config.http().port()).isEqualTo(GatewayConfig.DEFAULT_PORT);
    assertThat(config.http().host()).isEqualTo("0.0.0.0");
    assertThat(config.http().maxRequestBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.maxBatchEvents()).isEqualTo(1000);
    assertThat(config.maxBatchBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.maxBlock()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.deliveryTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.retryAfterSeconds()).isEqualTo(5);
    assertThat(config.apiKeys().sources()).containsExactly("shop");
  }

  @Test
  void shouldRequireTheKeyFile() {
    assertThatThrownBy(() -> Settings.of(ConfigSource.overrides(Map.of())).resolve(GatewayConfig.settings()))
        .hasMessageContaining("gateway.api-keys.file");
  }

  @Test
  void shouldLetTheServerReadTheLargestBody() {
    GatewayConfig config = GatewayConfig.defaults(KEYS).withBatchLimits(10, 16L * 1024 * 1024);
    assertThat(config.http().maxRequestBytes()).isEqualTo(16L * 1024 * 1024);
  }

  @Test
  void shouldRoundRetryAfterUpToWholeSeconds() {
    GatewayConfig config = GatewayConfig.defaults(KEYS);
    assertThat(new GatewayConfig(config.http(), config.rules(), KEYS, 1, 1, Duration.ofSeconds(1),
        Duration.ofSeconds(1), Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
    assertThat(new GatewayConfig(config.http(), config.rules(), KEYS, 1, 1, Duration.ofSeconds(1),
        Duration.ofSeconds(1), Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void shouldConfigureAnIdempotentProducerWithBoundedWaits() {
    Map<String, Object> producer = GatewayProducerConfig.of("127.0.0.1:9092", GatewayConfig.defaults(KEYS));
    assertThat(producer).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000L)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    int linger = (int) producer.get(ProducerConfig.LINGER_MS_CONFIG);
    int request = (int) producer.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
    assertThat(linger + request).isLessThanOrEqualTo(10_000);
  }

  @Test
  void shouldRefuseNonsense() {
    GatewayConfig config = GatewayConfig.defaults(KEYS);
    assertThatThrownBy(() -> config.withBatchLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withKafkaTimeouts(Duration.ofSeconds(1), Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
