package dev.shale.migrate;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;

/** The directory, shale.sum and the history must agree; every disagreement is refused with a clear message. */
class MigrationIntegrityTest {

    private static MigrationProject applied(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"))
                .file("0002_b.sql", migration("CREATE TABLE b (id INTEGER);", "DROP TABLE b;"));
        project.shale().migrate();
        return project;
    }

    @OnEachDatabase
    void aChangedAppliedFileIsRefusedReportedByValidateAndAcceptedAfterRepair(TestDatabase db) {
        MigrationProject project = applied(db);
        project.file("0002_b.sql", migration("CREATE TABLE b (id INTEGER, note VARCHAR(10));", "DROP TABLE b;"));

        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(ShaleException.class)
                .hasMessageContaining("changed after they ran: 0002_b.sql");
        ValidationReport report = project.shale().validate();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).extracting(ValidationReport.Problem::message)
                .containsExactly("0002_b.sql was changed after it was applied");

        assertThat(project.shale().repair()).containsExactly("recorded the new checksum of 0002 b");
        assertThat(project.shale().validate().valid()).isTrue();
        assertThat(project.shale().migrate().migrations()).isEmpty();
    }

    @OnEachDatabase
    void aDeletedAppliedFileIsRefusedAndReported(TestDatabase db) throws IOException {
        MigrationProject project = applied(db);
        Files.delete(project.migrations().resolve("0001_a.sql"));
        SumFile.write(project.migrations(), MigrationDirectory.readSqlFiles(project.migrations()));

        assertThatThrownBy(() -> project.shale().migrate()).hasMessageContaining("have no file any more: 0001_a.sql");
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.MISSING_FILE, MigrationState.APPLIED);
        assertThat(project.shale().validate().problems()).extracting(ValidationReport.Problem::message)
                .containsExactly("0001_a.sql is applied but its file is missing");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aFileEditedBehindShaleSumIsRefusedBeforeConnecting(TestDatabase db) {
        MigrationProject project = applied(db);
        project.write("0002_b.sql", migration("CREATE TABLE b2 (id INTEGER);", "DROP TABLE b2;"));

        assertThatThrownBy(() -> project.shale().status())
                .isInstanceOf(ShaleException.class)
                .hasMessage("0002_b.sql was changed after shale.sum was written")
                .extracting(e -> ((ShaleException) e).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(project.shale().validate().problems()).extracting(ValidationReport.Problem::message)
                .containsExactly("0002_b.sql was changed after shale.sum was written");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anEditedShaleSumIsRefused(TestDatabase db) throws IOException {
        MigrationProject project = applied(db);
        var sum = project.migrations().resolve("shale.sum");
        Files.writeString(sum, Files.readString(sum).replaceFirst("0002_b.sql h1:.", "0002_b.sql h1:X"));

        assertThatThrownBy(() -> project.shale().migrate()).hasMessageContaining("shale.sum was edited by hand or merged");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aNewFileMissingFromShaleSumIsRefused(TestDatabase db) {
        MigrationProject project = applied(db);
        project.write("0003_c.sql", migration("CREATE TABLE c (id INTEGER);", "DROP TABLE c;"));

        assertThatThrownBy(() -> project.shale().migrate()).hasMessage("0003_c.sql is not recorded in shale.sum");
        project.shale().hash();
        assertThat(project.shale().migrate().migrations()).hasSize(1);
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void twoMigrationsWithTheSameVersionAreRefused(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", migration("CREATE TABLE a (id INTEGER);", "DROP TABLE a;"))
                .file("V1__also_one.sql", "CREATE TABLE x (id INTEGER);");

        assertThatThrownBy(() -> project.shale().migrate())
                .hasMessageContaining("two migrations have version 1").hasMessageContaining("0001_a.sql")
                .hasMessageContaining("V1__also_one.sql");
    }

    @OnEachDatabase
    void aSyntaxErrorNamesTheFileTheLineAndTheDatabaseMessage(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_broken.sql", "-- shale:up\nCREATE TABLE ok1 (id INTEGER);\n\n-- the typo:\nCREAT TABLE oops (id INTEGER);\n");

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0001_broken.sql:5: statement 2 of 2 failed: ")
                .hasMessageContaining(db.kind() == TestDialect.SQLITE ? "syntax error" : "CREAT");
        if (db.kind() != TestDialect.MARIADB) {
            assertThat(project.shale().status()).extracting(MigrationStatus::state)
                    .containsExactly(MigrationState.PENDING);
            assertThat(db.query(db.kind() == TestDialect.SQLITE ? "SELECT name FROM sqlite_master WHERE name = 'ok1'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_name = 'ok1'")).isEmpty();
        }
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void createIndexConcurrentlyNeedsTheNoTransactionDirective(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_t.sql", migration("CREATE TABLE t (id INTEGER);", "DROP TABLE t;"))
                .file("0002_idx.sql", migration("CREATE INDEX CONCURRENTLY t_id ON t (id);", "DROP INDEX t_id;"));

        assertThatThrownBy(() -> project.shale().migrate())
                .hasMessage("0002_idx.sql:2: CREATE INDEX CONCURRENTLY cannot run inside a transaction, "
                        + "and this migration runs in one");
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .as("refused before anything ran").containsExactly(MigrationState.PENDING, MigrationState.PENDING);

        project.file("0002_idx.sql", "-- shale:no-transaction\n"
                + migration("CREATE INDEX CONCURRENTLY t_id ON t (id);", "DROP INDEX CONCURRENTLY t_id;"));
        project.shale().migrate();
        assertThat(db.queryValue("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass")).isEqualTo("t");
        project.shale().rollback(RollbackOptions.lastOne());
        assertThat(db.queryValue("SELECT to_regclass('t_id') IS NULL")).isEqualTo("t");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aMigrationFailingAtItsThirdStatementResumesThereAfterTheFix(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_three.sql", migration(
                "CREATE TABLE one (id INT);\nCREATE TABLE two (id INT);\nINSERT INTO missing VALUES (1);",
                "DROP TABLE two;\nDROP TABLE one;"));

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0001_three.sql:4: statement 3 of 3 failed")
                .satisfies(e -> assertThat(((ShaleException) e).hint().orElseThrow())
                        .contains("statements 1 to 2 of 3", "resumes at statement 3"));
        MigrationStatus failed = project.shale().status().get(0);
        assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
        assertThat(failed.statementsApplied()).isEqualTo(2);

        db.execute("CREATE TABLE missing (id INT)");
        project.shale().migrate();

        assertThat(project.progress()).anyMatch(line -> line.contains("resuming 0001 three at statement 3 of 3"));
        assertThat(db.queryValue("SELECT count(*) FROM missing")).isEqualTo("1");
        assertThat(project.shale().status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT statements_applied FROM shale_history")).isEqualTo("3");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void repairRemovesAFailedEntrySoTheMigrationRunsAgainFromTheStart(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_two.sql", migration(
                "CREATE TABLE one (id INT);\nINSERT INTO missing VALUES (1);", "DROP TABLE one;"));
        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(MigrationFailedException.class);
        db.execute("DROP TABLE one", "CREATE TABLE missing (id INT)");

        assertThat(project.shale().repair())
                .containsExactly("removed the failed entry of 0001 two (it will run again from the start)");
        project.shale().migrate();

        assertThat(project.shale().status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED);
    }
    @OnEachDatabase({TestDialect.MARIADB, TestDialect.POSTGRES})
    void aMigrationWithoutStatementsOutsideATransactionIsRecordedAsApplied(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_empty.sql", "-- shale:no-transaction\n-- shale:up\n\n-- shale:down\n")
                .file("0002_b.sql", migration("CREATE TABLE b (id INT);", "DROP TABLE b;"));
        project.shale().migrate();

        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
    }
}
