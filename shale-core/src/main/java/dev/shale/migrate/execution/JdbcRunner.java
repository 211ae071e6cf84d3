package dev.shale.migrate.execution;

import dev.shale.migrate.history.SqlCommand;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs migration SQL on the session's one connection. */
final class JdbcRunner implements StatementRunner {
    private final Connection connection;

    JdbcRunner(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** One JDBC batch: one round trip on drivers that send it together (see MigrationSupport#batchesStatements). */
    @Override
    public void executeBatch(List<String> sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.addBatch(each);
            }
            statement.executeBatch();
        }
    }

    @Override
    public void run(SqlCommand command) throws SQLException {
        command.execute(connection);
    }

    @Override
    public void begin() throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // The connection is broken; closing the session ends the transaction on the server.
        }
    }
}
