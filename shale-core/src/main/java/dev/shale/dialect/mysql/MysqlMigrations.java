package dev.shale.dialect.mysql;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.MigrationLock;
import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.SplitterRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Migrations on MySQL and MariaDB. DDL commits implicitly
 * (https://dev.mysql.com/doc/refman/8.0/en/implicit-commit.html), so a migration cannot be
 * rolled back as a whole: the runner records how many statements ran and resumes there.
 */
final class MysqlMigrations implements MigrationSupport {
    private static final SplitterRules RULES = new SplitterRules(false, true, true, true, false, true, false);
    private static final int ER_NO_SUCH_TABLE = 1146;
    private static final int ER_BAD_DB_ERROR = 1049;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public SplitterRules splitterRules() {
        return RULES;
    }

    /** Every statement runs on its own here (autocommit), so none needs to be singled out. */
    @Override
    public Optional<String> mustRunOutsideTransaction(String statement) {
        return Optional.empty();
    }

    @Override
    public MigrationLock lock(DatabaseUrl url, String name) {
        return new NamedLock(name);
    }

    @Override
    public List<String> createHistoryTable(String table, Optional<String> schema) {
        List<String> statements = new ArrayList<>();
        schema.ifPresent(s -> statements.add("CREATE DATABASE IF NOT EXISTS " + s));
        statements.add("CREATE TABLE IF NOT EXISTS " + table + " ("
                + "installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50), description VARCHAR(200) NOT NULL, "
                + "kind VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum VARCHAR(64), "
                + "applied_at TIMESTAMP(3) NOT NULL, applied_by VARCHAR(100) NOT NULL, execution_ms BIGINT NOT NULL, "
                + "success BOOLEAN NOT NULL, statements_applied INT NOT NULL, statements_total INT NOT NULL, "
                + "backup_path VARCHAR(1024), backup_bytes BIGINT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        return statements;
    }

    @Override
    public boolean isUndefinedTable(SQLException failure) {
        return failure.getErrorCode() == ER_NO_SUCH_TABLE || failure.getErrorCode() == ER_BAD_DB_ERROR;
    }

    @Override
    public void prepareSession(Connection connection, Duration statementLockTimeout) throws SQLException {
        // lock_wait_timeout bounds the wait for a metadata lock, the lock DDL queues for while
        // blocking later queries on the table:
        // https://mariadb.com/kb/en/server-system-variables/#lock_wait_timeout (whole seconds, at least 1)
        // statement_lock_timeout = 0 turns the bound off (as lock_timeout = 0 does on PostgreSQL): the
        // server's own setting applies, and lint's DS901 asks each migration to set one.
        if (statementLockTimeout.isZero()) {
            return;
        }
        long seconds = Math.max(1, (statementLockTimeout.toMillis() + 999) / 1000);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = " + seconds);
        }
    }

    @Override
    public boolean isLockTimeout(SQLException failure) {
        return failure.getErrorCode() == ER_LOCK_WAIT_TIMEOUT;
    }
}
