package dev.retention.churn.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.RiskLevel;
import org.junit.jupiter.api.Test;

class LevelPolicyTest {

  private final LevelPolicy levels = new LevelPolicy(ChurnConfig.DEFAULTS.scoring());

  @Test
  void shouldReachALevelAtItsThreshold() {
    assertThat(levels.level(39, null)).isEqualTo(RiskLevel.LOW);
    assertThat(levels.level(40, null)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levels.level(70, RiskLevel.LOW)).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void shouldKeepALevelUntilTheScoreFallsTheMarginBelowIt() {
    assertThat(levels.level(31, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levels.level(30, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levels.level(29, RiskLevel.MEDIUM)).isEqualTo(RiskLevel.LOW);
    assertThat(levels.level(60, RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(levels.level(59, RiskLevel.HIGH)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levels.level(5, RiskLevel.HIGH)).isEqualTo(RiskLevel.LOW);
  }
}
