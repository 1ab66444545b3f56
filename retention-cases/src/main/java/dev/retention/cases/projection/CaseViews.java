package dev.retention.cases.projection;

import dev.retention.cases.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on the case_view table. */
public final class CaseViews {

  private static final String COLUMNS = "case_id, customer_id, warning_id, playbook, value_tier, owner_role, owner, "
      + "manager, status, opened_at, first_contact_due, first_contact_at, next_due, escalations, outcome, closed_at";
  private static final String OWNER = "COALESCE(owner, 'unassigned:' || owner_role)";

  private final Sql sql;

  public CaseViews(Sql sql) {
    this.sql = sql;
  }

  public Optional<CaseSummary> find(String caseId) {
    return sql.query("SELECT " + COLUMNS + " FROM case_view WHERE case_id = ?", CaseViews::summary, caseId)
        .stream().findFirst();
  }

  /** Cases of an owner, open ones first, newest first; {@code owner} null for every owner. */
  public List<CaseSummary> byOwner(String owner, boolean openOnly, int limit) {
    String where = (owner == null ? "1 = 1" : "owner = ?") + (openOnly ? " AND status = 'OPEN'" : "");
    Object[] args = owner == null ? new Object[0] : new Object[] {owner};
    return sql.query("SELECT " + COLUMNS + " FROM case_view WHERE " + where
        + " ORDER BY status DESC, opened_at DESC, case_id LIMIT " + limit, CaseViews::summary, args);
  }

  /** Open cases whose next contact was due before {@code now}; {@code owner} null for every owner. */
  public List<CaseSummary> overdue(String owner, Instant now, int limit) {
    String where = "status = 'OPEN' AND next_due < ?" + (owner == null ? "" : " AND owner = ?");
    Object[] args = owner == null ? new Object[] {now} : new Object[] {now, owner};
    return sql.query("SELECT " + COLUMNS + " FROM case_view WHERE " + where + " ORDER BY next_due, case_id LIMIT "
        + limit, CaseViews::summary, args);
  }

  /**
   * Open, unescalated cases of playbooks with this owner role that need a contact: never contacted yet, or with the
   * next contact due before {@code dueBefore}; oldest first. An escalated case belongs to its manager.
   */
  public List<CaseSummary> automatedDue(String ownerRole, Instant dueBefore, int limit) {
    return sql.query("SELECT " + COLUMNS + " FROM case_view WHERE status = 'OPEN' AND owner_role = ? AND owner IS NULL "
        + "AND escalations = 0 AND (first_contact_at IS NULL OR next_due < ?) ORDER BY opened_at, case_id LIMIT " + limit,
        CaseViews::summary, ownerRole, dueBefore);
  }

  public Kpis kpis(Instant now) {
    List<Kpis.OwnerLoad> owners = sql.query("SELECT " + OWNER + " AS who, COUNT(*) AS open_cases, "
            + "SUM(CASE WHEN next_due < ? THEN 1 ELSE 0 END) AS overdue FROM case_view WHERE status = 'OPEN' "
            + "GROUP BY " + OWNER + " ORDER BY who",
        row -> new Kpis.OwnerLoad(row.getString("who"), row.getLong("open_cases"), row.getLong("overdue")), now);
    List<Kpis.SaveRate> rates = sql.query("SELECT playbook, COALESCE(value_tier, 'UNKNOWN') AS tier, COUNT(*) AS closed, "
            + "SUM(CASE WHEN outcome = 'RETAINED' THEN 1 ELSE 0 END) AS retained FROM case_view "
            + "WHERE status = 'CLOSED' GROUP BY playbook, COALESCE(value_tier, 'UNKNOWN') ORDER BY playbook, tier",
        row -> {
          long closed = row.getLong("closed");
          long retained = row.getLong("retained");
          return new Kpis.SaveRate(row.getString("playbook"), row.getString("tier"), closed, retained,
              closed == 0 ? null : (double) retained / closed);
        });
    List<Kpis.FirstContact> first = sql.query("SELECT playbook, COUNT(*) AS contacted, "
            + "AVG(CAST(first_contact_seconds AS DOUBLE PRECISION)) AS average, MAX(first_contact_seconds) AS maximum "
            + "FROM case_view WHERE first_contact_seconds IS NOT NULL GROUP BY playbook ORDER BY playbook",
        row -> new Kpis.FirstContact(row.getString("playbook"), row.getLong("contacted"), row.getDouble("average"),
            row.getLong("maximum")));
    return new Kpis(owners, rates, first);
  }

  private static CaseSummary summary(ResultSet row) throws SQLException {
    return new CaseSummary(row.getString("case_id"), row.getString("customer_id"), row.getString("warning_id"),
        row.getString("playbook"), row.getString("value_tier"), row.getString("owner_role"), row.getString("owner"),
        row.getString("manager"), row.getString("status"), Sql.instant(row, "opened_at"),
        Sql.instant(row, "first_contact_due"), Sql.instant(row, "first_contact_at"), Sql.instant(row, "next_due"),
        row.getInt("escalations"), row.getString("outcome"), Sql.instant(row, "closed_at"));
  }
}
