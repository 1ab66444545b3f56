package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import dev.retention.contracts.segments.ValueTier;
import java.time.Instant;
import java.util.List;

/**
 * A customer's risk reached the warning level and no warning was open.
 *
 * @param level the level at raising
 * @param score the risk score at raising, 0-100
 * @param reasons why, most points first; at least one
 * @param valueTier the customer's value tier when known, so consumers (e.g. retention cases) can pick a playbook
 */
public record ChurnWarningRaised(
    String eventId, String warningId, String customerId, Instant at, String definitionsVersion, String causeEventId,
    RiskLevel level, int score, List<RiskReason> reasons, ValueTier valueTier) implements ChurnWarning {

  public static final String TYPE = "retention.churn.warning-raised.v1";

  public ChurnWarningRaised {
    ChurnChecks.warning(eventId, warningId, customerId, at, definitionsVersion);
    Require.present(level, "level");
    Require.between(score, 0, 100, "score");
    reasons = ChurnChecks.someReasons(reasons);
  }

  @Override
  public String typeName() {
    return TYPE;
  }
}
