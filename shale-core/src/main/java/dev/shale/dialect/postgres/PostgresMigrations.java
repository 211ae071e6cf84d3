package dev.shale.dialect.postgres;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.CommitOrder;
import dev.shale.dialect.MigrationLock;
import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.SessionOverride;
import dev.shale.dialect.SplitterRules;
import dev.shale.dialect.SqlLiterals;
import dev.shale.dialect.StatementKinds;
import dev.shale.dialect.TableWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/** Migrations on PostgreSQL: transactional DDL, advisory lock, lock_timeout. */
final class PostgresMigrations implements MigrationSupport {
    private static final SplitterRules RULES = new SplitterRules(true, false, false, false, false, false, true);

    /*
     * Statements PostgreSQL refuses inside a transaction block ("cannot run inside a
     * transaction block"): https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY,
     * sql-dropindex.html, sql-reindex.html, sql-vacuum.html, sql-altertable.html (DETACH
     * PARTITION CONCURRENTLY), sql-createdatabase.html, sql-altersystem.html.
     * ALTER TYPE … ADD VALUE is allowed in a transaction since PostgreSQL 12, below the
     * oldest server Shale supports.
     */
    private static final StatementKinds OUTSIDE_TRANSACTION = new StatementKinds(Map.of(
            "CREATE INDEX CONCURRENTLY", "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b",
            "DROP INDEX CONCURRENTLY", "DROP\\s+INDEX\\s+CONCURRENTLY\\b",
            "REINDEX CONCURRENTLY", "REINDEX\\b[^;]*\\bCONCURRENTLY\\b",
            "VACUUM", "VACUUM\\b",
            "DETACH PARTITION CONCURRENTLY", "ALTER\\s+TABLE\\b[^;]*\\bDETACH\\s+PARTITION\\b[^;]*\\bCONCURRENTLY\\b",
            "CREATE DATABASE", "(?:CREATE|DROP)\\s+DATABASE\\b",
            "ALTER SYSTEM", "ALTER\\s+SYSTEM\\b",
            "CREATE TABLESPACE", "(?:CREATE|DROP)\\s+TABLESPACE\\b"));

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
        return PostgresTableWork.of(statement);
    }

    @Override
    public MigrationLock lock(DatabaseUrl url, String name) {
        return new AdvisoryLock(name);
    }

    @Override
    public List<String> createHistoryTable(String table, Optional<String> schema) {
        List<String> statements = new ArrayList<>();
        schema.ifPresent(s -> statements.add("CREATE SCHEMA IF NOT EXISTS " + s));
        statements.add("CREATE TABLE IF NOT EXISTS " + table + " ("
                + "installed_rank integer PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, "
                + "kind varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum varchar(64), "
                + "applied_at timestamptz NOT NULL, applied_by varchar(100) NOT NULL, execution_ms bigint NOT NULL, "
                + "success boolean NOT NULL, statements_applied integer NOT NULL, statements_total integer NOT NULL, "
                + "backup_path varchar(1024), backup_bytes bigint)");
        return statements;
    }

    /** 42P01 undefined_table, 3F000 invalid_schema_name: https://www.postgresql.org/docs/current/errcodes-appendix.html */
    @Override
    public boolean isUndefinedTable(SQLException failure) {
        return "42P01".equals(failure.getSQLState()) || "3F000".equals(failure.getSQLState());
    }

    @Override
    public void prepareSession(Connection connection, Duration statementLockTimeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // A DDL statement waiting for its lock blocks every query queued behind it; lock_timeout
            // bounds that wait: https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT
            statement.execute("SET lock_timeout = " + statementLockTimeout.toMillis());
            // Without this, a backend whose deployer was killed keeps running (and holding the
            // migration lock) until its statement ends. PostgreSQL 14+:
            // https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-CLIENT-CONNECTION-CHECK-INTERVAL
            if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
                statement.execute("SET client_connection_check_interval = 1000");
            }
            // A migration's commit need not wait for its WAL flush: a crash can only lose whole
            // transactions (schema change and history row together), never half of one, and
            // flushCommits makes all of them durable before the command reports success.
            // https://www.postgresql.org/docs/current/wal-async-commit.html
            statement.execute("SET synchronous_commit = off");
        }
    }

    @Override
    public boolean batchesStatements() {
        // PgJDBC sends a whole batch before it reads the results: one round trip.
        return true;
    }

    @Override
    public Optional<SqlLiterals> batchLiterals(Connection connection) {
        try {
            // A pool's proxy (a borrowed connection) unwraps to the driver's connection too.
            return Optional.of(new PostgresLiterals(connection.unwrap(PGConnection.class)));
        } catch (SQLException notPgJdbc) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<CommitOrder> commitOrder(String historyTable, String lockName) {
        return Optional.of(new PostgresCommitOrder(historyTable, lockName));
    }

    @Override
    public void flushCommits(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = on");
            // Assigning a transaction id makes this transaction write a commit record; committing
            // it synchronously flushes the WAL up to it, and so every asynchronous commit before it.
            statement.execute("SELECT txid_current()");
        }
    }

    /*
     * CREATE INDEX CONCURRENTLY (and the other CONCURRENTLY forms) take SHARE UPDATE EXCLUSIVE,
     * which blocks no reads or writes, and then wait for every older transaction; lock_timeout
     * cancels that wait and leaves an INVALID index behind, on which a retry fails with
     * "already exists". So they run without lock_timeout: their wait queues no traffic.
     */
    private static final String IDENTIFIER = "\"(?:[^\"]|\"\")+\"|[\\w$]+";

    private static final StatementKinds WAIT_FOR_OLDER_TRANSACTIONS = new StatementKinds(Map.of(
            "CREATE INDEX CONCURRENTLY", "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b",
            "DROP INDEX CONCURRENTLY", "DROP\\s+INDEX\\s+CONCURRENTLY\\b",
            "REINDEX CONCURRENTLY", "REINDEX\\b[^;]*\\bCONCURRENTLY\\b"));

    /*
     * A CREATE INDEX CONCURRENTLY that failed (duplicates for a UNIQUE index, a deadlock, a
     * cancel) leaves an INVALID index of its name, on which the next run fails with "already
     * exists": that leftover is dropped first, under the statement lock timeout.
     */
    private static final Pattern CONCURRENT_INDEX = Pattern.compile("(?is)" + StatementKinds.LEADING_COMMENTS
            + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENTIFIER + ")\\s+ON\\s+"
            + "(?:ONLY\\s+)?(?:(" + IDENTIFIER + ")\\s*\\.\\s*)?(?:" + IDENTIFIER + ")");

    @Override
    public Optional<SessionOverride> outsideTransaction(String statement, Duration statementLockTimeout) {
        return WAIT_FOR_OLDER_TRANSACTIONS.kindOf(statement).map(kind -> {
            List<String> before = new ArrayList<>();
            dropInvalidIndex(statement).ifPresent(before::add);
            before.add("SET lock_timeout = 0");
            return new SessionOverride(before, List.of("SET lock_timeout = " + statementLockTimeout.toMillis()));
        });
    }

    private static Optional<String> dropInvalidIndex(String statement) {
        Matcher m = CONCURRENT_INDEX.matcher(statement);
        if (!m.find()) {
            return Optional.empty();
        }
        String index = (m.group(2) == null ? "" : m.group(2) + ".") + m.group(1);
        return Optional.of("DO $drop_invalid$\nDECLARE\n  leftover regclass := to_regclass('" + index.replace("'", "''")
                + "');\nBEGIN\n  IF leftover IS NOT NULL AND EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = leftover "
                + "AND NOT indisvalid) THEN\n    EXECUTE 'DROP INDEX ' || leftover::text;\n  END IF;\nEND\n$drop_invalid$");
    }

    /** 55P03 lock_not_available, raised when lock_timeout expires. */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return "55P03".equals(failure.getSQLState());
    }
}
