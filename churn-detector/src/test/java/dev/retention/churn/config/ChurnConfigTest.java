package dev.retention.churn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retention.churn.TestDefinitions;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.events.Severity;
import dev.retention.runtime.config.ConfigDoc;
import dev.retention.runtime.config.ConfigException;
import dev.retention.runtime.config.Setting;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChurnConfigTest {

  @Test
  void shouldHaveTheDocumentedDefaults() {
    ChurnConfig d = ChurnConfig.DEFAULTS;
    assertThat(d.activity().windowDays()).isEqualTo(90);
    assertThat(d.activity().dropPercent()).isEqualTo(50);
    assertThat(d.overdue().factor()).isEqualTo(2.0);
    assertThat(d.overdue().pAliveThreshold()).isEqualTo(0.5);
    assertThat(d.complaints().responseSla()).containsEntry(Severity.HIGH, Duration.ofHours(2));
    assertThat(d.complaints().resolutionSla()).containsEntry(Severity.LOW, Duration.ofHours(24));
    assertThat(d.complaints().repeatCount()).isEqualTo(3);
    assertThat(d.complaints().repeatWindow()).isEqualTo(Duration.ofDays(30));
    assertThat(d.satisfaction().npsDetractorMax()).isEqualTo(6);
    assertThat(d.satisfaction().csatMax()).isEqualTo(2);
    assertThat(d.satisfaction().dropPoints()).isEqualTo(3);
    assertThat(d.refunds().minCount()).isEqualTo(2);
    assertThat(d.scoring().points()).containsOnlyKeys(RiskSignal.values());
    assertThat(d.scoring().mediumAt()).isEqualTo(40);
    assertThat(d.scoring().highAt()).isEqualTo(70);
    assertThat(d.scoring().hysteresis()).isEqualTo(10);
    assertThat(d.scoring().warningLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(d.definitionsVersion()).isEqualTo("churn-defaults-2026.1");
  }

  @Test
  void shouldDocumentEverySetting() {
    String doc = ConfigDoc.markdown(ChurnConfig.settings());
    for (Setting<?> s : ChurnConfig.settings()) {
      assertThat(doc).contains(s.name());
      assertThat(s.doc()).isNotBlank();
    }
  }

  @Test
  void shouldRefuseAMissingSeverityAndAHighBelowMedium() {
    assertThatThrownBy(() -> TestDefinitions.of(Map.of("churn.complaint.response-sla", "LOW=2h")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("MEDIUM is missing");
    assertThatThrownBy(() -> TestDefinitions.of(Map.of("churn.level.high", "30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("churn.level.high");
    assertThatThrownBy(() -> TestDefinitions.of(Map.of("churn.warning.level", "LOW")))
        .hasMessageContaining("MEDIUM or HIGH");
  }
}
