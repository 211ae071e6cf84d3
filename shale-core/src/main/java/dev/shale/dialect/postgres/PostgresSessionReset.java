package dev.shale.dialect.postgres;

import dev.shale.dialect.SessionReset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts back what Shale sets on a PostgreSQL session: the settings of
 * {@link PostgresMigrations#prepareSession} and of a read-only session go back to the session's
 * defaults (RESET, not RESET ALL, so the application's own SETs survive), and any advisory lock
 * under Shale's key is released. Session advisory locks nest, so each is unlocked until
 * pg_locks no longer shows it.
 */
final class PostgresSessionReset implements SessionReset {
    private static final String HELD_SHALE_LOCKS = "SELECT l.objid::int8::int4 FROM pg_locks l "
            + "WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.objsubid = 2 "
            + "AND l.classid = ?::int4::oid";
    /** A lock taken more often than this was not taken by Shale, which takes it once per session. */
    private static final int MAX_UNLOCKS = 16;

    private final boolean hasConnectionCheckInterval;

    PostgresSessionReset(boolean hasConnectionCheckInterval) {
        this.hasConnectionCheckInterval = hasConnectionCheckInterval;
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET lock_timeout");
            statement.execute("RESET synchronous_commit");
            if (hasConnectionCheckInterval) {
                statement.execute("RESET client_connection_check_interval");
            }
            statement.execute("RESET default_transaction_read_only");
        }
        boolean held = true;
        for (int round = 0; held && round < MAX_UNLOCKS; round++) {
            held = unlockHeld(connection);
        }
    }

    /** Unlocks each Shale advisory lock this session holds once; false when it holds none. */
    private static boolean unlockHeld(Connection connection) throws SQLException {
        boolean any = false;
        try (PreparedStatement held = connection.prepareStatement(HELD_SHALE_LOCKS)) {
            held.setInt(1, AdvisoryLock.SHALE_KEY);
            try (ResultSet rs = held.executeQuery();
                 PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                while (rs.next()) {
                    any = true;
                    unlock.setInt(1, AdvisoryLock.SHALE_KEY);
                    unlock.setInt(2, rs.getInt(1));
                    unlock.execute();
                }
            }
        }
        return any;
    }
}
