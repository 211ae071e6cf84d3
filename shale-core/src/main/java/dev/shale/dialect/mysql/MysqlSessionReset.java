package dev.shale.dialect.mysql;

import dev.shale.dialect.SessionReset;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts back what Shale sets on a MySQL or MariaDB session: lock_wait_timeout (see
 * {@link MysqlMigrations#prepareSession}) to the server's default, the read-only mode of
 * {@link MysqlDialect#connectReadOnly} off, and every named lock released, the migration lock
 * included (RELEASE_ALL_LOCKS: MySQL 5.7, MariaDB 10.5 and later).
 */
final class MysqlSessionReset implements SessionReset {
    /** ER_SP_DOES_NOT_EXIST: the server predates RELEASE_ALL_LOCKS. */
    private static final int NO_SUCH_FUNCTION = 1305;

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = DEFAULT");
            statement.execute("SET SESSION TRANSACTION READ WRITE");
            try {
                statement.execute("SELECT RELEASE_ALL_LOCKS()");
            } catch (SQLException e) {
                if (e.getErrorCode() != NO_SUCH_FUNCTION) {
                    throw e;
                }
                // Older servers: the migration lock itself was released by the migration session.
            }
        }
    }
}
