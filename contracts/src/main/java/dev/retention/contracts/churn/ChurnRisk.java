package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.segments.ValueTier;
import java.time.Instant;
import java.util.List;

/**
 * A customer's current churn risk: the value of the compacted topic {@code retention.churn-risk.v1}, keyed by
 * customer id. Rewritten whenever score, level or reasons change; the newest record is the whole truth, a tombstone
 * means the customer was erased.
 *
 * @param customerId the pseudonymous customer id; the Kafka key
 * @param asOf event time of the newest evidence or timer this record reflects; never the wall clock
 * @param definitionsVersion the version of the signal definitions and thresholds that produced it
 * @param score 0-100, the sum of the reasons' points, capped at 100
 * @param level the level the score falls in, after hysteresis (a score just below a threshold keeps the higher level
 *     until it falls by the hysteresis margin)
 * @param reasons why, ordered by points, most first; empty when the score is 0
 * @param valueTier the customer's value tier from {@code retention.customer-value.v1}, when known
 * @param prediction what the models expect; absent until a model is fitted or before the first purchase
 * @param openWarningId id of the customer's open warning, if any
 */
public record ChurnRisk(
    String customerId,
    Instant asOf,
    String definitionsVersion,
    int score,
    RiskLevel level,
    List<RiskReason> reasons,
    ValueTier valueTier,
    Prediction prediction,
    String openWarningId) {

  public ChurnRisk {
    Require.identifier(customerId, "customerId");
    Require.present(asOf, "asOf");
    Require.text(definitionsVersion, "definitionsVersion");
    ChurnChecks.maxLength(definitionsVersion, 128, "definitionsVersion");
    Require.between(score, 0, 100, "score");
    Require.present(level, "level");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    Require.optionalText(openWarningId, "openWarningId");
  }
}
