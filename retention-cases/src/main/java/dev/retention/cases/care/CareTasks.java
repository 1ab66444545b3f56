package dev.retention.cases.care;

import dev.retention.cases.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The care_task table; one row per customer, occasion and date, so re-planning never creates a second task. */
public final class CareTasks {

  private static final String COLUMNS =
      "task_id, customer_id, occasion, due_date, tier, channel, status, reason, planned_at, done_at";

  private final Sql sql;

  public CareTasks(Sql sql) {
    this.sql = sql;
  }

  /** @return whether the task was new */
  public boolean addIfAbsent(CareTask task) {
    return sql.update("INSERT INTO care_task (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM care_task WHERE task_id = ?)", task.taskId(), task.customerId(), task.occasion(),
        task.date().toString(), task.tier(), task.channel(), task.status(), task.reason(), task.plannedAt(),
        task.doneAt(), task.taskId()) == 1;
  }

  public Optional<CareTask> find(String taskId) {
    return sql.query("SELECT " + COLUMNS + " FROM care_task WHERE task_id = ?", CareTasks::task, taskId).stream()
        .findFirst();
  }

  public List<CareTask> list(String status, int limit) {
    return status == null
        ? sql.query("SELECT " + COLUMNS + " FROM care_task ORDER BY due_date, task_id LIMIT " + limit,
            CareTasks::task)
        : sql.query("SELECT " + COLUMNS + " FROM care_task WHERE status = ? ORDER BY due_date, task_id LIMIT "
            + limit, CareTasks::task, status);
  }

  public void markDone(String taskId, String channel, Instant at) {
    sql.update("UPDATE care_task SET status = 'DONE', channel = ?, done_at = ? WHERE task_id = ?", channel, at,
        taskId);
  }

  private static CareTask task(ResultSet row) throws SQLException {
    return new CareTask(row.getString("task_id"), row.getString("customer_id"), row.getString("occasion"),
        java.time.LocalDate.parse(row.getString("due_date")), row.getString("tier"), row.getString("channel"),
        row.getString("status"), row.getString("reason"), Sql.instant(row, "planned_at"),
        Sql.instant(row, "done_at"));
  }
}
