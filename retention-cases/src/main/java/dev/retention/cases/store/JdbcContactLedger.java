package dev.retention.cases.store;

import dev.retention.cases.policy.ContactLedger;
import dev.retention.contracts.events.ContactChannel;
import dev.retention.contracts.events.ContactPurpose;
import java.time.Instant;

/** Contacts made, written in the outreach command's transaction. */
public final class JdbcContactLedger implements ContactLedger {

  private final Sql sql;

  public JdbcContactLedger(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void record(String caseId, String customerId, ContactChannel channel, ContactPurpose purpose, Instant at) {
    sql.update("INSERT INTO contact_log (case_id, customer_id, channel, purpose, contacted_at) VALUES (?, ?, ?, ?, ?)",
        caseId, customerId, channel, purpose, at);
  }

  @Override
  public int countMarketing(String customerId, Instant from, Instant to) {
    return sql.query("SELECT COUNT(*) FROM contact_log WHERE customer_id = ? AND purpose <> ? AND contacted_at > ? "
        + "AND contacted_at <= ?", row -> row.getInt(1), customerId, ContactPurpose.SERVICE, from, to).get(0);
  }
}
