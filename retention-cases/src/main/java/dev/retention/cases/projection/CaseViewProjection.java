package dev.retention.cases.projection;

import dev.retention.cases.model.CaseEvents.CaseClosed;
import dev.retention.cases.model.CaseEvents.CaseEscalated;
import dev.retention.cases.model.CaseEvents.CaseOpened;
import dev.retention.cases.model.CaseEvents.FollowUpScheduled;
import dev.retention.cases.model.CaseEvents.OutreachLogged;
import dev.retention.cases.model.CaseEvents.OwnerAssigned;
import dev.retention.cases.store.Sql;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * The case_view table: one row per case with what lists, overdue checks and KPIs need. Runs in a tracking processor,
 * so its rows and its token commit together and it can be rebuilt by replaying the event store.
 */
@ProcessingGroup(CaseViewProjection.GROUP)
public final class CaseViewProjection {

  public static final String GROUP = "case-view";

  private final Sql sql;

  public CaseViewProjection(Sql sql) {
    this.sql = sql;
  }

  @EventHandler
  void on(CaseOpened e) {
    sql.update("DELETE FROM case_view WHERE case_id = ?", e.caseId());
    sql.update("INSERT INTO case_view (case_id, customer_id, warning_id, playbook, value_tier, owner_role, manager, "
            + "status, opened_at, first_contact_due, next_due, escalations) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, 0)",
        e.caseId(), e.customerId(), e.warningId(), e.playbook(), e.valueTier(), e.ownerRole(), e.manager(), e.at(),
        e.firstContactDue(), e.firstContactDue());
  }

  @EventHandler
  void on(OwnerAssigned e) {
    sql.update("UPDATE case_view SET owner = ?, manager = ? WHERE case_id = ?", e.owner(), e.manager(), e.caseId());
  }

  @EventHandler
  void on(OutreachLogged e) {
    if (e.firstContact()) {
      sql.update("UPDATE case_view SET first_contact_at = ?, first_contact_seconds = "
              + "? WHERE case_id = ?", e.at(), secondsSinceOpened(e.caseId(), e.at()), e.caseId());
    }
    // the contact met whatever was due; the playbook's next follow-up (a separate event) sets the next due time
    sql.update("UPDATE case_view SET next_due = NULL WHERE case_id = ?", e.caseId());
  }

  @EventHandler
  void on(FollowUpScheduled e) {
    sql.update("UPDATE case_view SET next_due = CASE WHEN next_due IS NULL OR next_due > ? THEN ? ELSE next_due END "
        + "WHERE case_id = ?", e.dueAt(), e.dueAt(), e.caseId());
  }

  @EventHandler
  void on(CaseEscalated e) {
    sql.update("UPDATE case_view SET escalations = escalations + 1 WHERE case_id = ?", e.caseId());
  }

  @EventHandler
  void on(CaseClosed e) {
    sql.update("UPDATE case_view SET status = 'CLOSED', outcome = ?, closed_at = ?, next_due = NULL "
        + "WHERE case_id = ?", e.outcome(), e.at(), e.caseId());
  }

  private Long secondsSinceOpened(String caseId, java.time.Instant at) {
    return sql.query("SELECT opened_at FROM case_view WHERE case_id = ?", row -> Sql.instant(row, "opened_at"), caseId)
        .stream().findFirst().map(opened -> Duration.between(opened, at).toSeconds()).orElse(null);
  }
}
