package dev.shale.migrate;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.dialect.MigrationLock;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the directory is read while the connection is made, and the session takes a free
 * lock and reads the history meanwhile; the outcome must be the one of reading the directory first.
 */
class DirectoryAndSessionTest {

    @OnEachDatabase
    void aDirectoryErrorStopsTheCommandAndLeavesNoSessionBehind(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        project.shale().migrate();
        project.write("0002_b.sql", migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));

        assertMigrateAndStatusRefuse(project, "0002_b.sql is not recorded in shale.sum");

        // The refused run released its lock: the next one takes it at once.
        project.shale().hash();
        assertThat(project.shale().migrate().migrations()).hasSize(1);
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
    }

    @OnEachDatabase
    void aDirectoryErrorWinsOverAHistoryTableThatCannotBeReadMeanwhile(TestDatabase db) {
        // migrate and status read the history while the directory is read; both fail here.
        db.execute("CREATE TABLE shale_history (unexpected INTEGER)");
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        project.write("0002_b.sql", migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));

        assertMigrateAndStatusRefuse(project, "0002_b.sql is not recorded in shale.sum");

        project.shale().hash();
        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(ShaleException.class)
                .hasMessageStartingWith("cannot read the history table");
        assertThat(db.queryValue("SELECT COUNT(*) FROM shale_history")).isEqualTo("0");

        // Neither refused run kept the lock or a session: with the table gone, the next run migrates.
        db.execute("DROP TABLE shale_history");
        assertThat(project.shale().migrate().migrations()).hasSize(2);
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aLockHeldByAnotherDeployerIsWaitedForAndTheHistoryReadAfterIt(TestDatabase db) throws Exception {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        project.shale().migrate();
        project.file("0002_b.sql", migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));
        String checksum = new MigrationDirectory().load(project.migrations()).versioned().get(1).checksum();
        String lockName = db.url().database() + "/shale_history";
        MigrationLock lock = db.dialect().migrations().lock(db.url(), lockName);
        try (Connection other = db.connect()) {
            assertThat(lock.tryAcquire(other)).isTrue();
            // The other deployer applies 0002 while this run waits for the lock.
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<MigrationRun> run = pool.submit(() -> project.shale().migrate());
                Thread.sleep(300);
                try (Statement statement = other.createStatement()) {
                    statement.execute("CREATE TABLE b (id INTEGER)");
                    statement.execute("INSERT INTO shale_history (installed_rank, version, description, kind, "
                            + "script, checksum, applied_at, applied_by, execution_ms, success, statements_applied, "
                            + "statements_total) SELECT 2, '0002', 'b', kind, '0002_b.sql', '" + checksum + "', "
                            + "applied_at, applied_by, 1, TRUE, 1, 1 FROM shale_history WHERE installed_rank = 1");
                }
                lock.release(other);
                assertThat(run.get(30, TimeUnit.SECONDS).migrations()).isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void assertMigrateAndStatusRefuse(MigrationProject project, String directoryError) {
        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage(directoryError);
        assertThatThrownBy(() -> project.shale().status()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage(directoryError);
    }

    @Test
    void aDirectoryErrorIsReportedBeforeAnUnreachableServer(@TempDir Path dir) throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_a.sql"), migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"));
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
        Files.writeString(dir.resolve("shale.toml"), "[env.test]\nurl = \"postgres://shale@127.0.0.1:9/nowhere\"\n");
        Shale shale = Shale.configure().projectDir(dir).variables(Map.of()).load();

        assertThatThrownBy(shale::status).isInstanceOf(ShaleException.class)
                .extracting(e -> ((ShaleException) e).exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);

        Files.writeString(migrations.resolve("0001_a.sql"), migration("CREATE TABLE a2 (id INTEGER);", "DROP TABLE a2;"));
        assertThatThrownBy(shale::status).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0001_a.sql was changed after shale.sum was written");
        assertThatThrownBy(() -> shale.migrate()).isInstanceOf(MigrationDirectoryException.class)
                .hasMessage("0001_a.sql was changed after shale.sum was written");
    }
}
