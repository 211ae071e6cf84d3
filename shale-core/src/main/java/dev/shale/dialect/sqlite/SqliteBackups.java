package dev.shale.dialect.sqlite;

import dev.shale.backup.BackupFailedException;
import dev.shale.backup.BackupFile;
import dev.shale.backup.Backups;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.BackupTool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** SQLite backups through its online backup API ({@code backup to} / {@code restore from}). */
final class SqliteBackups implements BackupTool {
    private static final String COUNT_TABLES =
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    @Override
    public String extension() {
        return "db";
    }

    @Override
    public BackupFile backup(DatabaseUrl url, Path file) {
        int live;
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            live = count(statement);
            statement.executeUpdate("backup to " + literal(file));
        } catch (SQLException e) {
            throw new BackupFailedException("the SQLite backup to " + file + " failed: " + e.getMessage(), null);
        }
        long bytes = Backups.requireNonEmpty(file, "the SQLite backup");
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = copy.createStatement()) {
            int tables = count(statement);
            Backups.requireTables(tables, live, file);
            return new BackupFile(file, bytes, tables);
        } catch (SQLException e) {
            throw new BackupFailedException("the SQLite backup " + file + " cannot be read: " + e.getMessage(), null);
        }
    }

    @Override
    public void restore(DatabaseUrl url, Path file) {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("restore from " + literal(file));
        } catch (SQLException e) {
            throw new BackupFailedException("the SQLite restore from " + file + " failed: " + e.getMessage(), null);
        }
    }

    private static int count(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(COUNT_TABLES)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }
}
