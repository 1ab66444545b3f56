package dev.retention.contracts.churn;

import dev.retention.contracts.events.Require;
import java.time.Instant;

/**
 * The evidence behind an open warning is gone (a purchase after the warning, the complaint resolved, the score fell
 * below the clearing level); the warning is closed.
 *
 * @param lastLevel the warning's level when it was cleared
 * @param score the risk score now
 * @param explanation one sentence, e.g. "Purchased again on 2026-03-02"
 */
public record ChurnWarningCleared(
    String eventId, String warningId, String customerId, Instant at, String definitionsVersion, String causeEventId,
    RiskLevel lastLevel, int score, String explanation) implements ChurnWarning {

  public static final String TYPE = "retention.churn.warning-cleared.v1";

  public ChurnWarningCleared {
    ChurnChecks.warning(eventId, warningId, customerId, at, definitionsVersion);
    Require.present(lastLevel, "lastLevel");
    Require.between(score, 0, 100, "score");
    Require.text(explanation, "explanation");
  }

  @Override
  public String typeName() {
    return TYPE;
  }
}
