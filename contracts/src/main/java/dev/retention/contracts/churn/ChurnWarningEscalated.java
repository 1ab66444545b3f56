package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.segments.ValueTier;
import java.time.Instant;
import java.util.List;

/**
 * The risk level of an open warning went up.
 *
 * @param from the level before, below {@code to}
 * @param to the level now
 * @param score the risk score now
 * @param reasons why, most points first; at least one
 * @param valueTier the customer's value tier when known
 */
public record ChurnWarningEscalated(
    String eventId, String warningId, String customerId, Instant at, String definitionsVersion, String causeEventId,
    RiskLevel from, RiskLevel to, int score, List<RiskReason> reasons, ValueTier valueTier) implements ChurnWarning {

  public static final String TYPE = "retention.churn.warning-escalated.v1";

  public ChurnWarningEscalated {
    ChurnChecks.warning(eventId, warningId, customerId, at, definitionsVersion);
    Require.present(from, "from");
    Require.present(to, "to");
    if (!to.isAbove(from)) {
      throw new IllegalArgumentException("to must be above from, was " + from + " -> " + to);
    }
    Require.between(score, 0, 100, "score");
    reasons = ChurnChecks.someReasons(reasons);
  }

  @Override
  public String typeName() {
    return TYPE;
  }
}
