package dev.shale.dialect.mysql;

import dev.shale.dialect.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The migration lock as a user-level lock, held by the session and released when it ends:
 * https://mariadb.com/kb/en/get_lock/. Lock names are server-wide and at most 64 characters,
 * so the name is a hash of the database and history table.
 */
final class NamedLock implements MigrationLock {
    private final String lockName;

    NamedLock(String name) {
        this.lockName = "shale_" + HexFormat.of().formatHex(sha256(name), 0, 20);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, lockName);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public Optional<String> holder(Connection connection) throws SQLException {
        String sql = "SELECT p.ID, p.USER, p.HOST FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, lockName);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next()
                        ? Optional.of("connection " + rs.getLong(1) + " of " + rs.getString(2) + "@" + rs.getString(3))
                        : Optional.empty();
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, lockName);
            statement.execute();
        }
    }
}
