package dev.retention.churn.risk;

import dev.retention.churn.config.ChurnConfig;
import dev.retention.contracts.churn.RiskLevel;

/**
 * Score to level, with hysteresis: a level is reached at its threshold and kept until the score falls the margin
 * below it, so a score hovering at a threshold does not flap between two levels.
 */
public final class LevelPolicy {

  private final ChurnConfig.Scoring rules;

  public LevelPolicy(ChurnConfig.Scoring rules) {
    this.rules = rules;
  }

  /** The level for {@code score} given the level the customer had; {@code previous} null means none yet. */
  public RiskLevel level(int score, RiskLevel previous) {
    RiskLevel raw = raw(score, 0);
    if (previous == null || !previous.isAbove(raw)) {
      return raw;
    }
    // going down: each boundary is crossed only the margin below its threshold
    RiskLevel kept = raw(score, rules.hysteresis());
    return previous.isAbove(kept) ? kept : previous;
  }

  private RiskLevel raw(int score, int margin) {
    if (score >= rules.highAt() - margin) {
      return RiskLevel.HIGH;
    }
    if (score >= rules.mediumAt() - margin) {
      return RiskLevel.MEDIUM;
    }
    return RiskLevel.LOW;
  }
}
