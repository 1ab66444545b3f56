package dev.retention.cases.model;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.retention.cases.model.CaseCommands.AssignOwner;
import dev.retention.cases.model.CaseCommands.CloseCase;
import dev.retention.cases.model.CaseCommands.EscalateCase;
import dev.retention.cases.model.CaseCommands.LogOutreach;
import dev.retention.cases.model.CaseCommands.OfferIncentive;
import dev.retention.cases.model.CaseCommands.OpenCase;
import dev.retention.cases.model.CaseCommands.RecordPurchase;
import dev.retention.cases.model.CaseCommands.ScheduleFollowUp;
import dev.retention.cases.model.CaseEvents.CaseClosed;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.CaseOpened;
import dev.retention.cases.model.CaseEvents.FollowUpScheduled;
import dev.retention.cases.model.CaseEvents.IncentiveOffered;
import dev.retention.cases.model.CaseEvents.OutreachLogged;
import dev.retention.cases.model.CaseEvents.OwnerAssigned;
import dev.retention.cases.model.Deadlines.FirstContactDue;
import dev.retention.cases.model.Deadlines.FollowUpDue;
import dev.retention.cases.model.Deadlines.OutcomeWindowEnds;
import dev.retention.contracts.segments.ValueTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A retention case: one at-risk customer, worked under the playbook of their value tier until an outcome is recorded.
 * Command handlers validate and apply events; event-sourcing handlers only assign state; deadline handlers turn a
 * missed first contact or follow-up into an escalation and the end of the outcome window into LOST.
 *
 * <p>Deadline handlers re-check the state instead of relying on cancelled deadlines: a deadline that fires after its
 * contact happened (or after the case closed) does nothing, which is simpler and survives any cancellation race.
 */
public class RetentionCase {

  @AggregateIdentifier
  private String caseId;
  private String customerId;
  private String playbook;
  private ValueTier valueTier;
  private String owner;
  private String manager;
  private Instant openedAt;
  private Instant firstContactAt;
  private Duration followUpEvery;
  private Instant outcomeWindowEnds;
  private int followUpCount;
  private final Map<String, Instant> pendingFollowUps = new LinkedHashMap<>();
  private Outcome outcome;

  protected RetentionCase() {
    // for Axon
  }

  @CommandHandler
  public RetentionCase(OpenCase cmd, Playbooks playbooks, OpenCases openCases, DeadlineManager deadlines) {
    Check.present(cmd.caseId(), "caseId");
    Check.present(cmd.customerId(), "customerId");
    Check.present(cmd.warningId(), "warningId");
    Check.present(cmd.at(), "at");
    Playbook book = playbooks.forTier(cmd.valueTier());
    openCases.reserve(cmd.customerId(), cmd.caseId());
    Instant firstContactDue = cmd.at().plus(book.firstContactWithin());
    Instant windowEnds = cmd.at().plus(book.outcomeWindow());
    apply(new CaseOpened(cmd.caseId(), cmd.customerId(), cmd.at(), cmd.warningId(), cmd.valueTier(), book.name(),
        book.ownerRole(), book.manager(), cmd.level(), cmd.score(), firstContactDue, book.followUpEvery(),
        windowEnds));
    deadlines.schedule(firstContactDue, Deadlines.FIRST_CONTACT, new FirstContactDue(firstContactDue));
    deadlines.schedule(windowEnds, Deadlines.OUTCOME_WINDOW, new OutcomeWindowEnds(windowEnds));
  }

  @CommandHandler
  public void handle(AssignOwner cmd) {
    requireOpen();
    Check.present(cmd.owner(), "owner");
    Check.present(cmd.at(), "at");
    String newManager = cmd.manager() == null || cmd.manager().isBlank() ? manager : cmd.manager();
    apply(new OwnerAssigned(caseId, customerId, cmd.at(), cmd.owner(), newManager));
  }

  @CommandHandler
  public void handle(LogOutreach cmd, ContactPolicy policy, DeadlineManager deadlines) {
    requireOpen();
    Check.present(cmd.channel(), "channel");
    Check.present(cmd.purpose(), "purpose");
    Check.present(cmd.result(), "result");
    Check.present(cmd.at(), "at");
    ContactDecision decision = policy.decide(customerId, cmd.channel(), cmd.purpose(), cmd.at());
    if (!decision.allowed()) {
      throw CaseRuleViolation.contactRefused(decision);
    }
    String by = cmd.by() == null ? owner : cmd.by();
    apply(new OutreachLogged(caseId, customerId, cmd.at(), cmd.channel(), cmd.purpose(), cmd.result(), cmd.note(),
        by, firstContactAt == null));
    policy.recordContact(caseId, customerId, cmd.channel(), cmd.purpose(), cmd.at());
    // the playbook's cadence: every contact makes the next one due
    scheduleFollowUp(cmd.at(), cmd.at().plus(followUpEvery), "playbook cadence", true, deadlines);
  }

  @CommandHandler
  public void handle(OfferIncentive cmd) {
    requireOpen();
    Check.present(cmd.kind(), "kind");
    Check.present(cmd.value(), "value");
    Check.present(cmd.at(), "at");
    if (cmd.value().signum() < 0) {
      throw new InvalidCaseCommand("value", "value must not be negative, was " + cmd.value());
    }
    BigDecimal value = cmd.value();
    apply(new IncentiveOffered(caseId, customerId, cmd.at(), cmd.kind(), value));
  }

  @CommandHandler
  public void handle(ScheduleFollowUp cmd, DeadlineManager deadlines) {
    requireOpen();
    Check.present(cmd.dueAt(), "dueAt");
    Check.present(cmd.at(), "at");
    if (!cmd.dueAt().isAfter(cmd.at())) {
      throw new InvalidCaseCommand("dueAt", "dueAt must be in the future, was " + cmd.dueAt() + " at " + cmd.at());
    }
    scheduleFollowUp(cmd.at(), cmd.dueAt(), cmd.note(), false, deadlines);
  }

  @CommandHandler
  public void handle(EscalateCase cmd) {
    requireOpen();
    Check.present(cmd.reason(), "reason");
    Check.present(cmd.at(), "at");
    apply(new CaseEscalated(caseId, customerId, cmd.at(), EscalationReason.MANUAL, manager, owner, null,
        cmd.reason()));
  }

  @CommandHandler
  public void handle(CloseCase cmd, OpenCases openCases) {
    if (outcome != null) {
      throw CaseRuleViolation.outcomeRecorded(caseId, outcome);
    }
    Check.present(cmd.outcome(), "outcome");
    Check.present(cmd.at(), "at");
    close(cmd.at(), cmd.outcome(), cmd.note(), null, false, openCases);
  }

  /** @return whether the purchase closed the case */
  @CommandHandler
  public boolean handle(RecordPurchase cmd, OpenCases openCases) {
    requireOpen();
    Check.present(cmd.purchasedAt(), "purchasedAt");
    if (cmd.purchasedAt().isBefore(openedAt) || !cmd.purchasedAt().isBefore(outcomeWindowEnds)) {
      return false;
    }
    close(cmd.purchasedAt(), Outcome.RETAINED, "purchase within the outcome window", cmd.purchaseEventId(), true,
        openCases);
    return true;
  }

  @DeadlineHandler(deadlineName = Deadlines.FIRST_CONTACT)
  public void on(FirstContactDue due) {
    if (outcome == null && firstContactAt == null) {
      apply(new CaseEscalated(caseId, customerId, due.dueAt(), EscalationReason.FIRST_CONTACT_MISSED, manager,
          owner, null, "no contact by " + due.dueAt()));
    }
  }

  @DeadlineHandler(deadlineName = Deadlines.FOLLOW_UP)
  public void on(FollowUpDue due) {
    if (outcome == null && pendingFollowUps.containsKey(due.followUpId())) {
      apply(new CaseEscalated(caseId, customerId, due.dueAt(), EscalationReason.FOLLOW_UP_MISSED, manager, owner,
          due.followUpId(), "follow-up due " + due.dueAt() + " missed"));
    }
  }

  @DeadlineHandler(deadlineName = Deadlines.OUTCOME_WINDOW)
  public void on(OutcomeWindowEnds end, OpenCases openCases) {
    if (outcome == null) {
      close(end.endsAt(), Outcome.LOST, "outcome window ended without a purchase", null, true, openCases);
    }
  }

  private void scheduleFollowUp(Instant at, Instant dueAt, String note, boolean byPlaybook,
      DeadlineManager deadlines) {
    String followUpId = caseId + "/follow-up-" + (followUpCount + 1);
    apply(new FollowUpScheduled(caseId, customerId, at, followUpId, dueAt, note, byPlaybook));
    deadlines.schedule(dueAt, Deadlines.FOLLOW_UP, new FollowUpDue(followUpId, dueAt));
  }

  private void close(Instant at, Outcome result, String note, String purchaseEventId, boolean automatic,
      OpenCases openCases) {
    apply(new CaseClosed(caseId, customerId, at, result, playbook, valueTier, note, purchaseEventId, automatic));
    openCases.release(customerId, caseId);
  }

  private void requireOpen() {
    if (outcome != null) {
      throw CaseRuleViolation.closed(caseId);
    }
  }

  @EventSourcingHandler
  void on(CaseOpened e) {
    caseId = e.caseId();
    customerId = e.customerId();
    playbook = e.playbook();
    valueTier = e.valueTier();
    manager = e.manager();
    openedAt = e.at();
    followUpEvery = e.followUpEvery();
    outcomeWindowEnds = e.outcomeWindowEnds();
  }

  @EventSourcingHandler
  void on(OwnerAssigned e) {
    owner = e.owner();
    manager = e.manager();
  }

  @EventSourcingHandler
  void on(OutreachLogged e) {
    if (firstContactAt == null) {
      firstContactAt = e.at();
    }
    pendingFollowUps.clear();
  }

  @EventSourcingHandler
  void on(FollowUpScheduled e) {
    followUpCount++;
    pendingFollowUps.put(e.followUpId(), e.dueAt());
  }

  @EventSourcingHandler
  void on(CaseEscalated e) {
    if (e.followUpId() != null) {
      pendingFollowUps.remove(e.followUpId());
    }
  }

  @EventSourcingHandler
  void on(CaseClosed e) {
    outcome = e.outcome();
    pendingFollowUps.clear();
  }

  /** Field checks that name the field at fault. */
  static final class Check {
    private Check() {}

    static void present(Object value, String field) {
      if (value == null || value instanceof String s && s.isBlank()) {
        throw new InvalidCaseCommand(field, field + " is required");
      }
    }
  }
}
