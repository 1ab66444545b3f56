package dev.retention.cases.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;

/** Small JDBC helper: statements on the current transaction's connection (or an auto-commit one). */
public final class Sql {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final ConnectionProvider connections;

  public Sql(ConnectionProvider connections) {
    this.connections = connections;
  }

  public int update(String sql, Object... args) {
    try (Connection c = connections.getConnection(); PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (Connection c = connections.getConnection(); PreparedStatement s = prepare(c, sql, args);
        ResultSet rows = s.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof Instant instant) {
        s.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (arg instanceof Enum<?> e) {
        s.setString(i + 1, e.name());
      } else {
        s.setObject(i + 1, arg);
      }
    }
    return s;
  }

  /** A timestamp column as an instant, or null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp t = row.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
