package dev.shale.dialect;

import dev.shale.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the migration runner needs to know about one database: whether DDL is
 * transactional, how to split its scripts, which statements cannot run in a transaction,
 * its session-level migration lock and the shape of the history table.
 */
public interface MigrationSupport {

    /** True when DDL rolls back with its transaction, so a migration runs in one transaction. */
    boolean transactionalDdl();

    /** How this database's scripts are split into statements. */
    SplitterRules splitterRules();

    /**
     * When {@code statement} cannot run inside a transaction block, a short name of what it is
     * (e.g. {@code CREATE INDEX CONCURRENTLY}); empty when it can.
     */
    Optional<String> mustRunOutsideTransaction(String statement);

    /**
     * A new, unacquired lock for one migration session. {@code name} identifies the history
     * table the lock protects (the same name on every deployer).
     */
    MigrationLock lock(DatabaseUrl url, String name);

    /**
     * The statements that create the history table {@code table} (already quoted and
     * qualified) with the columns installed_rank, version, description, kind, script, checksum,
     * applied_at, applied_by, execution_ms, success, statements_applied, statements_total, and
     * the nullable backup_path and backup_bytes (see {@link #addHistoryBackupColumns});
     * {@code schema} (quoted) is created first when given.
     */
    List<String> createHistoryTable(String table, Optional<String> schema);

    /**
     * The statements that add the nullable columns {@code backup_path} (text) and
     * {@code backup_bytes} (64-bit integer) to the history table {@code table} of an earlier
     * version, created without them; run once on such a table.
     */
    default List<String> addHistoryBackupColumns(String table) {
        return List.of("ALTER TABLE " + table + " ADD COLUMN backup_path VARCHAR(1024)",
                "ALTER TABLE " + table + " ADD COLUMN backup_bytes BIGINT");
    }

    /** True when {@code failure} says the table queried does not exist. */
    boolean isUndefinedTable(SQLException failure);

    /**
     * Prepares the migration connection: how long a statement may wait for a table lock
     * ({@code statementLockTimeout}), and anything else the session needs.
     */
    void prepareSession(Connection connection, Duration statementLockTimeout) throws SQLException;

    /** True when {@code failure} is a statement giving up on a lock it waited for; such a failure is retried. */
    boolean isLockTimeout(SQLException failure);

    /**
     * The session change {@code statement} needs when it runs outside a transaction, in place of
     * the statement lock timeout: a statement that waits for older transactions by design while
     * letting reads and writes through must not be cancelled half-way. Empty when it keeps the timeout.
     */
    default Optional<SessionOverride> outsideTransaction(String statement, Duration statementLockTimeout) {
        return Optional.empty();
    }

    /**
     * True when the statements of a migration that runs in one transaction may go to the server
     * as one JDBC batch: one round trip instead of one per statement. After a failed batch the
     * runner rolls back and runs them one by one to name the statement that fails.
     */
    default boolean batchesStatements() {
        return false;
    }

    /**
     * What {@code statement} does when all it does is create one table or add to one, taking no
     * lock on another table; empty for any other statement, and where the dialect neither sends
     * several migrations in one batch nor lets them share a commit. Fresh migrations made only of
     * such statements, each adding only to tables created before it, go to the server together
     * (see {@link #batchesStatements}) or share a commit (see {@link #sharesCommits}): none of them
     * can wait for another session's lock or work through existing rows.
     */
    default Optional<TableWork> tableWork(String statement) {
        return Optional.empty();
    }

    /**
     * True when fresh migrations that only create tables (see {@link #tableWork}) may share one
     * commit, each in a savepoint with its history row: where a commit waits for the disk and a
     * statement costs no round trip (SQLite). A failing one is rolled back to its savepoint, those
     * before it commit, and it runs again alone to name the statement.
     */
    default boolean sharesCommits() {
        return false;
    }

    /**
     * Where a migration that runs in one transaction may send its statements, its history row and
     * its COMMIT as one batch (see {@link #batchesStatements}), how to write the row's values as
     * SQL on {@code connection}: one round trip per migration instead of three. Empty where the
     * dialect does not, or the connection does not allow it (the history row then goes as a
     * prepared statement, after the statements).
     */
    default Optional<SqlLiterals> batchLiterals(Connection connection) {
        return Optional.empty();
    }

    /**
     * Where fresh migrations that only create tables (see {@link #tableWork}) may be applied on
     * two sessions at once, the SQL that keeps their commits in order; {@code historyTable} is the
     * quoted history table, {@code lockName} the migration lock's name (so concurrent runs on
     * other history tables never share a key). Empty where the dialect does not.
     */
    default Optional<CommitOrder> commitOrder(String historyTable, String lockName) {
        return Optional.empty();
    }

    /**
     * Makes every transaction this session committed durable. {@link #prepareSession} may let
     * commits return before they reach the disk; the runner calls this before it reports success
     * (and when the session closes), so a finished command has lost nothing.
     */
    default void flushCommits(Connection connection) throws SQLException {
    }
}
