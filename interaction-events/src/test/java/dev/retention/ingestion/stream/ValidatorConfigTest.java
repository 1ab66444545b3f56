package dev.retention.ingestion.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.ingestion.validation.ValidationRules;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.ConfigSource;
import dev.retention.runtime.config.ConfigValues;
import dev.retention.runtime.config.Settings;
import dev.retention.runtime.streams.StreamsSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorConfigTest {

  private static ConfigValues resolve(Map<String, String> given) {
    return Settings.of(ConfigSource.overrides(given)).resolve(ValidatorService.settings());
  }

  @Test
  void shouldResolveToTheDocumentedDefaults() {
    ConfigValues values = resolve(Map.of());

    assertThat(ValidatorConfig.from(values, ValidationRules.DEFAULTS)).isEqualTo(ValidatorConfig.DEFAULTS);
    assertThat(StreamsSettings.from(values).applicationId()).isEqualTo("retention-ingestion-validator");
  }

  @Test
  void shouldTakeGivenValues() {
    ConfigValues values = resolve(Map.of("validator.dedup.horizon", "2d",
        "validator.dead-letter.max-payload", "512k"));

    ValidatorConfig config = ValidatorConfig.from(values, ValidationRules.DEFAULTS);

    assertThat(config.dedupHorizon()).isEqualTo(Duration.ofDays(2));
    assertThat(config.deadLetterPayloadLimit()).isEqualTo(512 * 1024);
  }

  @Test
  void shouldRefuseABadHorizonNamingTheSetting() {
    assertThatThrownBy(() -> resolve(Map.of("validator.dedup.horizon", "forever")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("validator.dedup.horizon");
  }

  @Test
  void shouldRefuseADeadLetterLimitThatWouldCutAValidEvent() {
    assertThatThrownBy(() -> new ValidatorConfig(ValidationRules.DEFAULTS, Duration.ofDays(7), 1024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadLetterPayloadLimit");
  }
}
