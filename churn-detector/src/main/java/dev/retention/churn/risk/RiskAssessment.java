package dev.retention.churn.risk;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import java.util.List;

/** A customer's risk at one instant: the score (sum of the reasons' points, capped at 100), level and reasons. */
public record RiskAssessment(int score, RiskLevel level, List<RiskReason> reasons) {

  public RiskAssessment {
    reasons = List.copyOf(reasons);
  }

  /** Scores the reasons and places the score with {@code levels}, relative to the {@code previous} level. */
  public static RiskAssessment of(List<RiskReason> reasons, LevelPolicy levels, RiskLevel previous) {
    int score = Math.min(100, reasons.stream().mapToInt(RiskReason::points).sum());
    return new RiskAssessment(score, levels.level(score, previous), reasons);
  }
}
