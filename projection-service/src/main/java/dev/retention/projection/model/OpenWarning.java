package dev.retention.projection.model;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import java.time.Instant;
import java.util.List;

/**
 * The customer's open churn warning, as raised and escalated on the warnings topic.
 *
 * @param raisedAt when it was raised (event time)
 * @param changedAt when it was last raised or escalated
 */
public record OpenWarning(
    String warningId, RiskLevel level, int score, Instant raisedAt, Instant changedAt, List<RiskReason> reasons) {

  public OpenWarning {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
