package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.util.List;

/** migrate, status, rollback and re-apply through the Java API, on each database. */
class MigrateRoundTripTest {

    private static MigrationProject threeMigrations(TestDatabase db) {
        return new MigrationProject(db)
                .file("0001_create_users.sql", MigrationProject.migration(
                        "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));", "DROP TABLE users;"))
                .file("0002_add_email.sql", MigrationProject.migration(
                        "ALTER TABLE users ADD COLUMN email VARCHAR(100);\nINSERT INTO users (id, name) VALUES (1, 'a;b');",
                        "DELETE FROM users WHERE id = 1;\nALTER TABLE users DROP COLUMN email;"))
                .file("0003_create_orders.sql", MigrationProject.migration(
                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);", "DROP TABLE orders;"));
    }

    private static List<MigrationState> states(MigrationProject project) {
        return project.shale().status().stream().map(MigrationStatus::state).toList();
    }

    @OnEachDatabase
    void migrateAppliesEveryPendingMigrationInOrderAndRecordsIt(TestDatabase db) {
        MigrationProject project = threeMigrations(db);
        assertThat(states(project)).containsExactly(MigrationState.PENDING, MigrationState.PENDING,
                MigrationState.PENDING);

        MigrationRun run = project.shale().migrate();

        assertThat(run.migrations()).extracting(AppliedMigration::version).containsExactly("0001", "0002", "0003");
        assertThat(db.queryValue("SELECT name FROM users WHERE id = 1")).isEqualTo("a;b");
        assertThat(db.query("SELECT version, kind, success, statements_applied, statements_total FROM shale_history "
                + "ORDER BY installed_rank")).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(3) + "/" + r.get(4))
                .containsExactly("0001 UP 1/1", "0002 UP 2/2", "0003 UP 1/1");
        assertThat(states(project)).containsOnly(MigrationState.APPLIED);
    }

    /**
     * The run's time is measured around all of its migrations, and counts what happens between
     * them (here a listener that takes 5 ms after each): each migration's own time is whole
     * milliseconds rounded down, and adding those up would give next to nothing.
     */
    @OnEachDatabase
    void theRunsTimeCoversEveryMigrationAndWhatHappensBetweenThem(TestDatabase db) {
        MigrationProject project = new MigrationProject(db);
        for (int i = 1; i <= 10; i++) {
            project.file(String.format("%04d_table_%d.sql", i, i), MigrationProject.migration(
                    "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY);", "DROP TABLE t" + i + ";"));
        }
        MigrationListener slowLog = new MigrationListener() {
            @Override
            public void progress(String line) {
            }

            @Override
            public void event(MigrationEvent event) {
                if (event instanceof MigrationEvent.MigrationFinished) {
                    sleep(5);
                }
            }
        };

        MigrationRun run = project.shale().withListener(slowLog).migrate();

        assertThat(run.migrations()).hasSize(10);
        assertThat(run.millis()).isGreaterThanOrEqualTo(50)
                .isGreaterThanOrEqualTo(run.migrations().stream().mapToLong(AppliedMigration::millis).sum());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @OnEachDatabase
    void aSecondMigrateHasNothingToDo(TestDatabase db) {
        MigrationProject project = threeMigrations(db);
        project.shale().migrate();

        MigrationRun again = project.shale().migrate();

        assertThat(again.migrations()).isEmpty();
        assertThat(db.queryValue("SELECT count(*) FROM shale_history")).isEqualTo("3");
    }

    @OnEachDatabase
    void migrateStopsAtTheTargetVersion(TestDatabase db) {
        MigrationProject project = threeMigrations(db);

        project.shale().migrate(MigrateOptions.defaults().target("2"));

        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED,
                MigrationState.PENDING);
    }

    @OnEachDatabase
    void rollbackRevertsTheNewestMigrationsAndMigrateReappliesThem(TestDatabase db) {
        MigrationProject project = threeMigrations(db);
        project.shale().migrate();

        MigrationRun back = project.shale().rollback(RollbackOptions.lastOne().steps(2));

        assertThat(back.migrations()).extracting(AppliedMigration::version).containsExactly("0003", "0002");
        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING,
                MigrationState.PENDING);
        assertThat(db.queryValue("SELECT count(*) FROM users")).isEqualTo("0");

        project.shale().migrate();
        assertThat(states(project)).containsOnly(MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT count(*) FROM users")).isEqualTo("1");
    }

    @OnEachDatabase
    void rollbackToATargetRevertsEverythingAboveIt(TestDatabase db) {
        MigrationProject project = threeMigrations(db);
        project.shale().migrate();

        project.shale().rollback(RollbackOptions.lastOne().target("1"));

        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING,
                MigrationState.PENDING);
    }

    @OnEachDatabase
    void rollbackRefusesWhenADownSectionIsMissingAndNamesIt(TestDatabase db) {
        MigrationProject project = threeMigrations(db)
                .file("0004_irreversible.sql", "-- shale:up\nCREATE TABLE t4 (id INTEGER);\n");
        project.shale().migrate();

        assertThatThrownBy(() -> project.shale().rollback(RollbackOptions.lastOne().steps(2)))
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("no down section in 0004_irreversible.sql");
        assertThat(states(project)).containsOnly(MigrationState.APPLIED);
    }

    @OnEachDatabase
    void aDryRunPrintsTheSqlIncludingHistoryWritesAndChangesNothing(TestDatabase db) {
        MigrationProject project = threeMigrations(db);

        MigrationRun run = project.shale().migrate(MigrateOptions.defaults().dryRun(true));

        assertThat(run.dryRun()).isTrue();
        assertThat(String.join("\n", run.script()))
                .contains("CREATE TABLE IF NOT EXISTS", "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));",
                        "INSERT INTO ", "'0003'");
        assertThat(db.query(db.kind() == dev.shale.testing.TestDialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_name = 'shale_history' AND table_schema = "
                        + (db.kind() == dev.shale.testing.TestDialect.MARIADB ? "DATABASE()" : "current_schema()"))).isEmpty();
    }

    @OnEachDatabase
    void baselineAdoptsAnExistingDatabaseWithoutRunningItsMigrations(TestDatabase db) {
        MigrationProject project = threeMigrations(db);
        db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50), email VARCHAR(100))");

        assertThat(project.shale().baseline("0002")).containsExactly("0001", "0002");
        project.shale().migrate();

        assertThat(states(project)).containsExactly(MigrationState.BASELINE, MigrationState.BASELINE,
                MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT count(*) FROM users")).isEqualTo("0");
        assertThatThrownBy(() -> project.shale().rollback(RollbackOptions.lastOne().steps(2)))
                .hasMessageContaining("below the baseline");
    }

    @OnEachDatabase
    void pendingMigrationsOlderThanTheNewestAppliedAreRefusedUnlessAllowed(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", MigrationProject.migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"))
                .file("0003_c.sql", MigrationProject.migration("CREATE TABLE c (id INTEGER);", "DROP TABLE c;"));
        project.shale().migrate();
        project.file("0002_b.sql", MigrationProject.migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(ShaleException.class)
                .hasMessageContaining("older than the newest applied").hasMessageContaining("0002_b.sql")
                .extracting(e -> ((ShaleException) e).exitCode()).isEqualTo(ExitCode.USAGE);

        project.shale().migrate(MigrateOptions.defaults().allowOutOfOrder(true));
        assertThat(states(project)).containsOnly(MigrationState.APPLIED);
    }
}
