package dev.retention.cases.model;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** The event records of {@link CaseEvent}, past tense. */
public final class CaseEvents {

  private CaseEvents() {}

  /**
   * A case was opened under a playbook. It carries the playbook's terms so that the case keeps the terms it was
   * opened with when the playbook file changes later.
   */
  public record CaseOpened(String caseId, String customerId, Instant at, String warningId, ValueTier valueTier,
      String playbook, String ownerRole, String manager, RiskLevel level, int score, Instant firstContactDue,
      Duration followUpEvery, Instant outcomeWindowEnds) implements CaseEvent {
    public static final String TYPE = "retention.case.opened.v1";
  }

  public record OwnerAssigned(String caseId, String customerId, Instant at, String owner, String manager)
      implements CaseEvent {
    public static final String TYPE = "retention.case.owner-assigned.v1";
  }

  /** @param firstContact whether this was the case's first contact (for time-to-first-contact) */
  public record OutreachLogged(String caseId, String customerId, Instant at, ContactChannel channel,
      ContactPurpose purpose, ContactOutcome result, String note, String by, boolean firstContact)
      implements CaseEvent {
    public static final String TYPE = "retention.case.outreach-logged.v1";
  }

  public record IncentiveOffered(String caseId, String customerId, Instant at, String kind, BigDecimal value)
      implements CaseEvent {
    public static final String TYPE = "retention.case.incentive-offered.v1";
  }

  /** @param byPlaybook whether the playbook's cadence planned it (else a person did) */
  public record FollowUpScheduled(String caseId, String customerId, Instant at, String followUpId, Instant dueAt,
      String note, boolean byPlaybook) implements CaseEvent {
    public static final String TYPE = "retention.case.follow-up-scheduled.v1";
  }

  /** @param followUpId the missed follow-up, for {@link EscalationReason#FOLLOW_UP_MISSED} */
  public record CaseEscalated(String caseId, String customerId, Instant at, EscalationReason reason,
      String escalatedTo, String owner, String followUpId, String note) implements CaseEvent {
    public static final String TYPE = "retention.case.escalated.v1";
  }

  /** @param purchaseEventId the purchase that made it RETAINED automatically */
  public record CaseClosed(String caseId, String customerId, Instant at, Outcome outcome, String playbook,
      ValueTier valueTier, String note, String purchaseEventId, boolean automatic) implements CaseEvent {
    public static final String TYPE = "retention.case.closed.v1";
  }
}
