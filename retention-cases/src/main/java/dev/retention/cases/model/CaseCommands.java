package dev.retention.cases.model;

import dev.retention.contracts.churn.RiskLevel;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactOutcome;
import dev.retention.contracts.events.ContactPurpose;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands of a retention case, imperative records. {@code at} is when the command was given, taken from the
 * service's injected clock (never read inside the aggregate), so that deadlines and replays are deterministic.
 */
public final class CaseCommands {

  private CaseCommands() {}

  /**
   * Opens a case for a churn warning. The case id is derived from the warning id ({@link CaseIds#forWarning}), so a
   * re-delivered warning targets the same case and can never open a second one.
   *
   * @param valueTier the customer's tier when the warning knew it; absent picks the fallback playbook
   */
  public record OpenCase(@TargetAggregateIdentifier String caseId, String customerId, String warningId,
      ValueTier valueTier, RiskLevel level, int score, Instant at) {}

  /** Gives the case to a person; escalations go to {@code manager}. */
  public record AssignOwner(@TargetAggregateIdentifier String caseId, String owner, String manager, Instant at) {}

  /** Records a contact with the customer, subject to the contact policy. */
  public record LogOutreach(@TargetAggregateIdentifier String caseId, ContactChannel channel, ContactPurpose purpose,
      ContactOutcome result, String note, String by, Instant at) {}

  /** Records an incentive offered to the customer (e.g. a coupon worth 10.00). */
  public record OfferIncentive(@TargetAggregateIdentifier String caseId, String kind, BigDecimal value, Instant at) {}

  /** Plans the next contact; missing it escalates. */
  public record ScheduleFollowUp(@TargetAggregateIdentifier String caseId, Instant dueAt, String note, Instant at) {}

  /** Hands the case to the owner's manager by hand. */
  public record EscalateCase(@TargetAggregateIdentifier String caseId, String reason, Instant at) {}

  /** Ends the case with its outcome; an outcome is recorded once. */
  public record CloseCase(@TargetAggregateIdentifier String caseId, Outcome outcome, String note, Instant at) {}

  /** A purchase of the case's customer was seen; closes the case RETAINED when it falls inside the outcome window. */
  public record RecordPurchase(@TargetAggregateIdentifier String caseId, String purchaseEventId, Instant purchasedAt) {}
}
