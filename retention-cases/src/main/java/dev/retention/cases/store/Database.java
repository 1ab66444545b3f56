package dev.retention.cases.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;

/**
 * The service's one database (embedded H2 in PostgreSQL mode, or PostgreSQL): Axon's event and token tables, the
 * db-scheduler table of the deadline manager, and the service's own tables. The same DDL runs on both; H2 needs
 * {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE} for it (added to an H2 URL that lacks it).
 */
public final class Database implements AutoCloseable {

  private static final String[] OWN_TABLES = {
      """
      CREATE TABLE IF NOT EXISTS scheduled_tasks (
        task_name TEXT NOT NULL, task_instance TEXT NOT NULL, task_data BYTEA,
        execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL, picked_by TEXT,
        last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,
        last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,
        PRIMARY KEY (task_name, task_instance))""",
      "CREATE INDEX IF NOT EXISTS scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time)",
      "CREATE INDEX IF NOT EXISTS scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat)",
      """
      CREATE TABLE IF NOT EXISTS open_case (
        customer_id VARCHAR(255) PRIMARY KEY, case_id VARCHAR(255) NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS contact_log (
        case_id VARCHAR(255) NOT NULL, customer_id VARCHAR(255) NOT NULL, channel VARCHAR(32) NOT NULL,
        purpose VARCHAR(32) NOT NULL, contacted_at TIMESTAMP WITH TIME ZONE NOT NULL)""",
      "CREATE INDEX IF NOT EXISTS contact_log_customer_idx ON contact_log (customer_id, contacted_at)",
      """
      CREATE TABLE IF NOT EXISTS customer_profile (
        customer_id VARCHAR(255) PRIMARY KEY, profile TEXT NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS case_view (
        case_id VARCHAR(255) PRIMARY KEY, customer_id VARCHAR(255) NOT NULL, warning_id VARCHAR(255),
        playbook VARCHAR(255) NOT NULL, value_tier VARCHAR(16), owner_role VARCHAR(255) NOT NULL,
        owner VARCHAR(255), manager VARCHAR(255), status VARCHAR(16) NOT NULL,
        opened_at TIMESTAMP WITH TIME ZONE NOT NULL, first_contact_due TIMESTAMP WITH TIME ZONE NOT NULL,
        first_contact_at TIMESTAMP WITH TIME ZONE, first_contact_seconds BIGINT,
        next_due TIMESTAMP WITH TIME ZONE, escalations INT NOT NULL, outcome VARCHAR(16),
        closed_at TIMESTAMP WITH TIME ZONE)""",
      "CREATE INDEX IF NOT EXISTS case_view_owner_idx ON case_view (owner, status)",
      """
      CREATE TABLE IF NOT EXISTS customer_tier (
        customer_id VARCHAR(255) PRIMARY KEY, tier VARCHAR(16) NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS care_task (
        task_id VARCHAR(600) PRIMARY KEY, customer_id VARCHAR(255) NOT NULL, occasion VARCHAR(255) NOT NULL,
        due_date VARCHAR(10) NOT NULL, tier VARCHAR(16) NOT NULL, channel VARCHAR(32) NOT NULL,
        status VARCHAR(16) NOT NULL, reason TEXT, planned_at TIMESTAMP WITH TIME ZONE NOT NULL,
        done_at TIMESTAMP WITH TIME ZONE)""",
      "CREATE INDEX IF NOT EXISTS care_task_status_idx ON care_task (status, due_date)",
      "CREATE INDEX IF NOT EXISTS case_view_customer_idx ON case_view (customer_id, status)"
  };

  private final HikariDataSource dataSource;
  private final boolean h2;

  private Database(HikariDataSource dataSource, boolean h2) {
    this.dataSource = dataSource;
    this.h2 = h2;
  }

  /** Opens a pool on {@code jdbcUrl} and creates every table that is missing. */
  public static Database open(String jdbcUrl, String user, String password, int maxConnections) {
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(h2 ? withPostgresMode(jdbcUrl) : jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(maxConnections);
    config.setPoolName("retention-cases");
    Database database = new Database(new HikariDataSource(config), h2);
    try {
      database.createTables();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  static String withPostgresMode(String url) {
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    String result = url;
    if (!upper.contains(";MODE=")) {
      result += ";MODE=PostgreSQL";
    }
    if (!upper.contains(";DATABASE_TO_LOWER=")) {
      result += ";DATABASE_TO_LOWER=TRUE";
    }
    return result;
  }

  private void createTables() {
    try (Connection connection = dataSource.getConnection()) {
      PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, new EventSchema()).executeUpdate();
      PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(connection, new EventSchema()).executeUpdate();
      PostgresTokenTableFactory.INSTANCE.createTable(connection, new TokenSchema()).executeUpdate();
      try (Statement statement = connection.createStatement()) {
        for (String ddl : OWN_TABLES) {
          statement.execute(ddl);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the tables of retention-cases: " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isH2() {
    return h2;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
