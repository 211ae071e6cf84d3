package dev.shale.dialect.sqlite;

import dev.shale.dialect.SessionReset;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts back what Shale sets on a SQLite connection: busy_timeout (see
 * {@link SqliteMigrations#prepareSession}) and query_only (a borrowed read-only session), to
 * the values read when the connection was borrowed. The migration lock is a file, not a
 * session state. https://www.sqlite.org/pragma.html
 */
final class SqliteSessionReset implements SessionReset {
    private final long busyTimeout;
    private final boolean queryOnly;

    private SqliteSessionReset(long busyTimeout, boolean queryOnly) {
        this.busyTimeout = busyTimeout;
        this.queryOnly = queryOnly;
    }

    /** Reads the values Shale may change, before it changes them. */
    static SqliteSessionReset capture(Connection connection) throws SQLException {
        return new SqliteSessionReset(pragma(connection, "busy_timeout"), pragma(connection, "query_only") != 0);
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + busyTimeout);
            statement.execute("PRAGMA query_only = " + (queryOnly ? 1 : 0));
        }
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
