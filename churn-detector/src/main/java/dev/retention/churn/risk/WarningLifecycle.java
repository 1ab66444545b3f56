package dev.retention.churn.risk;

import dev.retention.contracts.churn.ChurnWarning;
import dev.retention.contracts.churn.ChurnWarningCleared;
import dev.retention.contracts.churn.ChurnWarningEscalated;
import dev.retention.contracts.churn.ChurnWarningRaised;
import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.churn.RiskReason;
import dev.retention.contracts.churn.RiskSignal;
import dev.retention.contracts.segments.ValueTier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warning state machine of one customer: raise when the level reaches the warning level and no warning is open;
 * escalate when the level goes above the open warning's level; clear when the level falls below the warning level.
 * At most one warning is open. Ids are derived from the customer and a per-customer count of warnings, so replaying
 * the same input yields the same ids: {@code <customerId>/w<n>}, its records {@code <warningId>/raised},
 * {@code <warningId>/escalated-<k>} and {@code <warningId>/cleared}.
 */
public final class WarningLifecycle {

  private final RiskLevel warningLevel;
  private final String definitionsVersion;

  public WarningLifecycle(RiskLevel warningLevel, String definitionsVersion) {
    this.warningLevel = warningLevel;
    this.definitionsVersion = definitionsVersion;
  }

  /**
   * What the assessment does to the customer's warning.
   *
   * @param open the open warning, or null
   * @param raisedBefore how many warnings the customer had before
   * @param previousSignals the signals of the assessment before, to explain a clearing
   */
  public Transition next(String customerId, OpenWarning open, int raisedBefore, RiskAssessment risk,
      List<RiskSignal> previousSignals, Instant at, String causeEventId, ValueTier tier) {
    boolean warn = !warningLevel.isAbove(risk.level());
    if (open == null) {
      if (!warn) {
        return new Transition(Optional.empty(), null, raisedBefore);
      }
      String warningId = customerId + "/w" + (raisedBefore + 1);
      return new Transition(Optional.of(new ChurnWarningRaised(warningId + "/raised", warningId, customerId, at,
          definitionsVersion, causeEventId, risk.level(), risk.score(), risk.reasons(), tier)),
          new OpenWarning(warningId, risk.level(), 0), raisedBefore + 1);
    }
    if (!warn) {
      return new Transition(Optional.of(new ChurnWarningCleared(open.warningId() + "/cleared", open.warningId(),
          customerId, at, definitionsVersion, causeEventId, open.level(), risk.score(),
          explanation(risk, previousSignals))), null, raisedBefore);
    }
    if (risk.level().isAbove(open.level())) {
      int k = open.escalations() + 1;
      return new Transition(Optional.of(new ChurnWarningEscalated(open.warningId() + "/escalated-" + k,
          open.warningId(), customerId, at, definitionsVersion, causeEventId, open.level(), risk.level(),
          risk.score(), risk.reasons(), tier)), new OpenWarning(open.warningId(), risk.level(), k), raisedBefore);
    }
    OpenWarning kept = risk.level() == open.level() ? open
        : new OpenWarning(open.warningId(), risk.level(), open.escalations());
    return new Transition(Optional.empty(), kept, raisedBefore);
  }

  private static String explanation(RiskAssessment risk, List<RiskSignal> previousSignals) {
    Set<RiskSignal> now = risk.reasons().stream().map(RiskReason::signal).collect(Collectors.toSet());
    String gone = previousSignals.stream().filter(s -> !now.contains(s))
        .map(RiskSignal::name).distinct().collect(Collectors.joining(", "));
    return "Risk fell to " + risk.level() + " (score " + risk.score() + ")"
        + (gone.isEmpty() ? "" : "; no longer: " + gone);
  }

  /** The warning record to publish, if any, and the customer's warning state after it. */
  public record Transition(Optional<ChurnWarning> warning, OpenWarning open, int raised) {}
}
