package dev.shale.dialect.sqlite;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.MigrationLock;
import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.SplitterRules;
import dev.shale.dialect.StatementKinds;
import dev.shale.dialect.TableWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Migrations on SQLite: transactional DDL, a lock file beside the database, busy_timeout. */
final class SqliteMigrations implements MigrationSupport {
    private static final SplitterRules RULES = new SplitterRules(false, false, false, true, true, false, false);

    /*
     * VACUUM fails inside a transaction (https://www.sqlite.org/lang_vacuum.html); PRAGMA
     * foreign_keys is silently ignored inside one (https://www.sqlite.org/pragma.html#pragma_foreign_keys)
     * and journal_mode cannot leave WAL inside one (https://www.sqlite.org/pragma.html#pragma_journal_mode).
     */
    private static final StatementKinds OUTSIDE_TRANSACTION = new StatementKinds(Map.of(
            "VACUUM", "VACUUM\\b",
            "PRAGMA foreign_keys", "PRAGMA\\s+(?:\\w+\\.)?foreign_keys\\s*=",
            "PRAGMA journal_mode", "PRAGMA\\s+(?:\\w+\\.)?journal_mode\\s*="));

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public SplitterRules splitterRules() {
        return RULES;
    }

    @Override
    public Optional<String> mustRunOutsideTransaction(String statement) {
        return OUTSIDE_TRANSACTION.kindOf(statement);
    }

    @Override
    public Optional<TableWork> tableWork(String statement) {
        return SqliteTableWork.of(statement);
    }

    /** A commit waits for the disk (twice in the default rollback journal), and statements cost no round trip. */
    @Override
    public boolean sharesCommits() {
        return true;
    }

    @Override
    public MigrationLock lock(DatabaseUrl url, String name) {
        return new LockFile(url.database());
    }

    /** SQLite has no schemas to create; a history schema names an attached database. */
    @Override
    public List<String> createHistoryTable(String table, Optional<String> schema) {
        return List.of("CREATE TABLE IF NOT EXISTS " + table + " ("
                + "installed_rank INTEGER NOT NULL PRIMARY KEY, version TEXT, description TEXT NOT NULL, "
                + "kind TEXT NOT NULL, script TEXT NOT NULL, checksum TEXT, applied_at INTEGER NOT NULL, "
                + "applied_by TEXT NOT NULL, execution_ms INTEGER NOT NULL, success INTEGER NOT NULL, "
                + "statements_applied INTEGER NOT NULL, statements_total INTEGER NOT NULL, backup_path TEXT, "
                + "backup_bytes INTEGER)");
    }

    @Override
    public boolean isUndefinedTable(SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return message.contains("no such table");
    }

    @Override
    public void prepareSession(Connection connection, Duration statementLockTimeout) throws SQLException {
        // SQLite has one writer per database; busy_timeout makes a writer wait (bounded) for
        // another connection's write to end instead of failing at once:
        // https://www.sqlite.org/pragma.html#pragma_busy_timeout
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + statementLockTimeout.toMillis());
        }
    }

    @Override
    public boolean isLockTimeout(SQLException failure) {
        return failure instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED);
    }
}
