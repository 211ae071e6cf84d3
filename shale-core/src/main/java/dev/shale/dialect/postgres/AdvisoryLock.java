package dev.shale.dialect.postgres;

import dev.shale.dialect.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The migration lock as a session-level advisory lock, released by PostgreSQL when the
 * connection ends: https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS.
 * Keyed by two integers, Shale's own (so other applications' advisory locks never collide)
 * and a hash of the history table's name.
 */
final class AdvisoryLock implements MigrationLock {
    /** The first key of every Shale advisory lock; {@link PostgresSessionReset} releases by it. */
    static final int SHALE_KEY = 0x5348414C;

    private final int key;

    AdvisoryLock(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        this.key = (int) (crc.getValue() & 0x7fffffff);
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, SHALE_KEY);
            statement.setInt(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public Optional<String> holder(Connection connection) throws SQLException {
        // Two-key advisory locks appear in pg_locks as classid, objid and objsubid = 2.
        String sql = "SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start "
                + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                + "AND l.classid = ?::int4::oid AND l.objid = ?::int4::oid AND l.database = "
                + "(SELECT oid FROM pg_database WHERE datname = current_database())";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, SHALE_KEY);
            statement.setInt(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String app = rs.getString(2);
                return Optional.of("backend " + rs.getInt(1)
                        + (app == null || app.isEmpty() ? "" : " (" + app + ")")
                        + " of user " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : " from " + rs.getString(4))
                        + " since " + rs.getTimestamp(5).toInstant());
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, SHALE_KEY);
            statement.setInt(2, key);
            statement.execute();
        }
    }
}
