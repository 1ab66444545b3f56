package dev.retention.cases.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.ConnectionWrapperFactory;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Plain-JDBC transactions for Axon without Spring: a transaction binds one connection (auto-commit off) to the
 * thread, and every Axon component (event storage, token store, our tables) asks this class for connections, so a
 * command's events, its open-case reservation and its contact record commit or roll back together; likewise a
 * tracking processor's projection rows and its token. Outside a transaction, connections are the pool's
 * auto-commit ones.
 */
public final class ThreadBoundTransactions implements TransactionManager, ConnectionProvider {

  private static final Transaction NESTED = new Transaction() {
    @Override
    public void commit() {
      // the outer transaction commits
    }

    @Override
    public void rollback() {
      // the outer transaction rolls back
    }
  };

  private final DataSource dataSource;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  public ThreadBoundTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Transaction startTransaction() {
    if (bound.get() != null) {
      return NESTED;
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new JdbcException("cannot start a transaction", e);
    }
    bound.set(connection);
    return new Transaction() {
      @Override
      public void commit() {
        finish(connection, true);
      }

      @Override
      public void rollback() {
        finish(connection, false);
      }
    };
  }

  private void finish(Connection connection, boolean commit) {
    bound.remove();
    try (connection) {
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new JdbcException(commit ? "commit failed" : "rollback failed", e);
    }
  }

  /** The transaction's connection (closing it is a no-op), or a fresh auto-commit one. */
  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = bound.get();
    if (connection == null) {
      return dataSource.getConnection();
    }
    return ConnectionWrapperFactory.wrap(connection, new ConnectionWrapperFactory.NoOpCloseHandler());
  }
}
