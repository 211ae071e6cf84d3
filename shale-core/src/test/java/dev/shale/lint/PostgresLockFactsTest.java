package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.Change;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The locks Shale's PostgreSQL facts claim, checked against the server: each statement runs in an
 * open transaction on one connection while a second one reads {@code pg_locks} for the table.
 * (CREATE INDEX CONCURRENTLY cannot run in a transaction, so it is not held open here. MariaDB
 * commits DDL at once, so its metadata locks cannot be held open the same way: not checked.)
 */
class PostgresLockFactsTest {
    /** pg_locks modes, weakest first (https://www.postgresql.org/docs/current/explicit-locking.html). */
    private static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");
    private static final String TABLES = "CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
            + "CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER, p_id INTEGER);";

    @OnEachDatabase(TestDialect.POSTGRES)
    void addColumnTakesTheLockLintSays(TestDatabase db) throws SQLException {
        assertLockAsClaimed(db, "ALTER TABLE t ADD COLUMN n INTEGER", "AccessExclusiveLock");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void alterColumnTypeTakesTheLockLintSays(TestDatabase db) throws SQLException {
        assertLockAsClaimed(db, "ALTER TABLE t ALTER COLUMN c TYPE BIGINT", "AccessExclusiveLock");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void createIndexTakesTheLockLintSays(TestDatabase db) throws SQLException {
        assertLockAsClaimed(db, "CREATE INDEX t_c ON t (c)", "ShareLock");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void addCheckNotValidTakesTheLockLintSays(TestDatabase db) throws SQLException {
        assertLockAsClaimed(db, "ALTER TABLE t ADD CONSTRAINT t_c_pos CHECK (c > 0) NOT VALID", "AccessExclusiveLock");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void addForeignKeyTakesTheLockLintSays(TestDatabase db) throws SQLException {
        assertLockAsClaimed(db, "ALTER TABLE t ADD CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID",
                "ShareRowExclusiveLock");
    }

    /** VALIDATE CONSTRAINT changes no schema, so lint claims no lock for it; the server shows why it is safe. */
    @OnEachDatabase(TestDialect.POSTGRES)
    void validateConstraintOnlyTakesAShareUpdateExclusiveLock(TestDatabase db) throws SQLException {
        db.execute(TABLES, "ALTER TABLE t ADD CONSTRAINT t_c_pos CHECK (c > 0) NOT VALID");
        assertThat(heldDuring(db, "ALTER TABLE t VALIDATE CONSTRAINT t_c_pos")).isEqualTo("ShareUpdateExclusiveLock");
    }

    private static void assertLockAsClaimed(TestDatabase db, String statement, String expected) throws SQLException {
        String claimed = claimedLock(db, statement);
        db.execute(TABLES);
        String held = heldDuring(db, statement);
        assertThat(held).isEqualTo(expected);
        assertThat(claimed).as("what Shale says for " + statement).isEqualTo(held);
    }

    /** The lock Shale's facts give for the change the statement makes, as a pg_locks mode. */
    private static String claimedLock(TestDatabase db, String statement) {
        LintProject project = new LintProject(db).migration(TABLES, "SELECT 1;").migration(statement + ";", "SELECT 1;");
        var shale = project.project().shale();
        MigrationSet set = new MigrationDirectory().load(shale.environment().migrationsDir());
        MigrationScript script = set.versioned().get(1);
        MigrationEffect effect = new EffectRecorder(shale.environment()).record(set, script);
        Change change = effect.changes().stream().map(AttributedChange::change)
                .filter(c -> c.subject().name().equals("t")).findFirst().orElseThrow();
        String words = db.dialect().safety().lock(change).orElseThrow().lock().split(" on ")[0];
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining()) + "Lock";
    }

    /** The strongest lock the session running {@code statement} (in an open transaction) holds on table t. */
    private static String heldDuring(TestDatabase db, String statement) throws SQLException {
        try (Connection a = db.connect(); Connection b = db.connect()) {
            a.setAutoCommit(false);
            try (Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
                sa.execute(statement);
                var pid = sa.executeQuery("SELECT pg_backend_pid()");
                pid.next();
                var locks = sb.executeQuery("SELECT mode FROM pg_locks WHERE granted AND pid = " + pid.getInt(1)
                        + " AND relation = 't'::regclass");
                String strongest = null;
                while (locks.next()) {
                    String mode = locks.getString(1);
                    if (strongest == null || MODES.indexOf(mode) > MODES.indexOf(strongest)) {
                        strongest = mode;
                    }
                }
                return strongest;
            } finally {
                a.rollback();
            }
        }
    }
}
