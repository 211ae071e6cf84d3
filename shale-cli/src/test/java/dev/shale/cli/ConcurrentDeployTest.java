package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Many deployers, each a separate process, migrating one database at once; deployers killed
 * mid-migration and while holding the lock.
 */
class ConcurrentDeployTest {
    private static final int DEPLOYERS = 10;

    private static Path project(TestDatabase db) throws IOException {
        Path dir = db.scratchDir().resolve("app");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[project]\nlock_timeout = \"60s\"\n\n[env.main]\nurl = \""
                + db.urlString() + "\"\n");
        return dir;
    }

    private static void migration(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve("migrations").resolve(name), text);
        assertThat(CliRun.run(dir, "hash").exitCode()).isZero();
    }

    private static List<Deployer> startAll(Path dir) {
        List<Deployer> deployers = new ArrayList<>();
        for (int i = 0; i < DEPLOYERS; i++) {
            deployers.add(Deployer.start(dir, "deployer" + i, "migrate"));
        }
        return deployers;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void tenProcessesMigratingAtOnceApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
        Path dir = project(db);
        migration(dir, "0001_counter.sql", "-- shale:up\nCREATE TABLE runs (id INTEGER);\n"
                + "CREATE TABLE big (id INTEGER, v INTEGER);\n"
                + "INSERT INTO big SELECT g, g FROM (" + numbers(db, db.kind() == TestDialect.POSTGRES ? 20000 : 900)
                + ") n;\n");
        migration(dir, "0002_slow.sql", "-- shale:up\nINSERT INTO runs VALUES (2);\n"
                + (db.kind() == TestDialect.POSTGRES ? "SELECT pg_sleep(1.5);" : "SELECT SLEEP(1.5);") + "\n");
        // While nine deployers wait for the lock, the holder builds an index concurrently:
        // waiting must not hold a transaction that the index build would wait for.
        migration(dir, "0003_index.sql", db.kind() == TestDialect.POSTGRES
                ? "-- shale:no-transaction\n-- shale:up\nCREATE INDEX CONCURRENTLY big_v ON big (v);\n"
                : "-- shale:up\nCREATE INDEX big_v ON big (v);\n");
        migration(dir, "0004_last.sql", "-- shale:up\nINSERT INTO runs VALUES (4);\n");

        List<Deployer> deployers = startAll(dir);
        for (Deployer deployer : deployers) {
            assertThat(deployer.await(Duration.ofSeconds(120))).as(deployer.output()).isZero();
        }

        assertThat(db.query("SELECT version FROM shale_history ORDER BY installed_rank"))
                .extracting(r -> r.get(0)).containsExactly("0001", "0002", "0003", "0004");
        assertThat(db.queryValue("SELECT count(*) FROM runs")).isEqualTo("2");
        assertThat(deployers).anyMatch(d -> d.output().contains("waiting for the migration lock held by"));
        if (db.kind() == TestDialect.POSTGRES) {
            assertThat(db.queryValue("SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v'::regclass"))
                    .isEqualTo("t");
        }
    }

    private static String numbers(TestDatabase db, int count) {
        return db.kind() == TestDialect.POSTGRES ? "SELECT generate_series(1, " + count + ") AS g"
                : "WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < " + count
                        + ") SELECT g FROM s";
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void aDeployerKilledMidMigrationLeavesNothingOfItAndTheNextOneProceedsAtOnce(TestDatabase db) throws Exception {
        Path dir = project(db);
        migration(dir, "0001_first.sql", "-- shale:up\nCREATE TABLE first (id INTEGER);\n");
        migration(dir, "0002_long.sql", "-- shale:up\nCREATE TABLE part (id INTEGER);\n" + longStatement(db) + "\n");
        Deployer victim = Deployer.start(dir, "victim", "migrate");
        victim.awaitOutput("applied 0001", Duration.ofSeconds(60));
        Thread.sleep(700);

        victim.kill();

        CliRun status = CliRun.run(dir, "status", "--format", "json");
        assertThat(status.out()).containsPattern("\"script\" : \"0002_long.sql\",\\s+\"state\" : \"PENDING\"");
        migration(dir, "0002_long.sql", "-- shale:up\nCREATE TABLE part (id INTEGER);\n");
        long start = System.nanoTime();
        CliRun next = CliRun.run(dir, "migrate");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(db.queryValue("SELECT count(*) FROM part")).isEqualTo("0");
    }

    private static String longStatement(TestDatabase db) {
        return db.kind() == TestDialect.POSTGRES ? "SELECT pg_sleep(60);"
                : "CREATE TABLE slow AS WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s "
                        + "WHERE g < 300000000) SELECT g FROM s;";
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aDeployerKilledMidMigrationOnMariaDbLeavesAPartialStateThatRepairAndMigrateRecover(TestDatabase db)
            throws Exception {
        Path dir = project(db);
        migration(dir, "0001_first.sql", "-- shale:up\nCREATE TABLE first (id INT);\n");
        migration(dir, "0002_long.sql", "-- shale:up\nCREATE TABLE part (id INT);\nSELECT SLEEP(6);\n"
                + "CREATE TABLE after_sleep (id INT);\n");
        Deployer victim = Deployer.start(dir, "victim", "migrate");
        victim.awaitOutput("applied 0001", Duration.ofSeconds(60));
        Thread.sleep(1000);

        victim.kill();

        CliRun status = CliRun.run(dir, "status");
        assertThat(status.out()).containsPattern("0002 +long +failed at statement 2 of 3");
        assertThat(status.err()).contains("statements 1 to 1 of 3 ran");
        db.execute("DROP TABLE part");
        CliRun repair = CliRun.run(dir, "repair");
        assertThat(repair.exitCode()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("removed the failed entry of 0002 long");
        CliRun migrate = CliRun.run(dir, "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(db.queryValue("SELECT count(*) FROM after_sleep")).isEqualTo("0");
        assertThat(CliRun.run(dir, "status").out()).doesNotContain("failed", "pending");
    }
}
