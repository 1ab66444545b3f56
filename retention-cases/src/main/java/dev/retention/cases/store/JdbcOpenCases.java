package dev.retention.cases.store;

import dev.retention.cases.model.CaseRuleViolation;
import dev.retention.cases.model.OpenCases;
import java.util.Optional;

/**
 * The customer -> open case table. Runs inside the command's transaction: a reservation commits with the case's
 * events, or not at all. The insert is conditional (portable to H2 and PostgreSQL), so the usual refusal is a clean
 * answer; two truly concurrent opens for one customer still cannot both commit, because the customer is the primary
 * key: the later one fails with a key violation and its transaction rolls back.
 */
public final class JdbcOpenCases implements OpenCases {

  private final Sql sql;

  public JdbcOpenCases(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void reserve(String customerId, String caseId) {
    int inserted = insertIfAbsent(customerId, caseId);
    if (inserted == 1) {
      return;
    }
    String holder = openCaseOf(customerId).orElse(null);
    if (holder == null) {
      // released in between: try once more
      insertIfAbsent(customerId, caseId);
      return;
    }
    if (!holder.equals(caseId)) {
      throw CaseRuleViolation.alreadyOpen(customerId, holder);
    }
  }

  private int insertIfAbsent(String customerId, String caseId) {
    return sql.update("INSERT INTO open_case (customer_id, case_id) SELECT ?, ? WHERE NOT EXISTS "
        + "(SELECT 1 FROM open_case WHERE customer_id = ?)", customerId, caseId, customerId);
  }

  @Override
  public void release(String customerId, String caseId) {
    sql.update("DELETE FROM open_case WHERE customer_id = ? AND case_id = ?", customerId, caseId);
  }

  @Override
  public Optional<String> openCaseOf(String customerId) {
    return sql.query("SELECT case_id FROM open_case WHERE customer_id = ?", row -> row.getString(1), customerId)
        .stream().findFirst();
  }
}
