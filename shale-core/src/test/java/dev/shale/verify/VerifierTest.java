package dev.shale.verify;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.ExitCode;
import dev.shale.migrate.MigrationProject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** {@code shale verify} through the Shale API: each migration up, down, up again on a dev database. */
class VerifierTest {
    private static final String USERS = migration("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));",
            "DROP TABLE users;");

    private static VerifyReport verifyAll(MigrationProject project) {
        return project.shale().verify(VerifyOptions.everyMigration());
    }

    @OnEachDatabase
    void aCorrectUpAndDownPairPasses(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS)
                .file("0002_index.sql", migration("CREATE INDEX users_email_idx ON users (email);",
                        "DROP INDEX users_email_idx" + (db.kind() == TestDialect.MARIADB ? " ON users;" : ";")));

        VerifyReport report = verifyAll(project);

        assertThat(report.migrations()).extracting(MigrationVerdict::script)
                .containsExactly("0001_users.sql", "0002_index.sql");
        assertThat(report.migrations()).allMatch(MigrationVerdict::passed);
        assertThat(report.passed()).isTrue();
        assertThat(report.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(report.schemaFiles()).as("the project has no schema files").isEmpty();
    }

    @OnEachDatabase
    void aDownThatForgetsTheIndexItsUpCreatedFailsAndNamesTheIndex(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS)
                .file("0002_index.sql", migration("CREATE INDEX users_email_idx ON users (email);", "SELECT 1;"));

        MigrationVerdict verdict = verifyAll(project).migrations().get(1);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.down().status()).isEqualTo(StepResult.Status.DIFFERS);
        assertThat(verdict.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("down leaves index users_email_idx on "));
        assertThat(verdict.reUp().status()).as("the index already exists the second time")
                .isEqualTo(StepResult.Status.FAILED);
        assertThat(project.shale().verify(VerifyOptions.everyMigration()).exitCode())
                .isEqualTo(ExitCode.PROBLEMS_FOUND);
    }

    @OnEachDatabase
    void anUpThatCannotRunAgainAfterItsDownIsCaughtAndLaterMigrationsAreSkipped(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS)
                .file("0002_audit.sql", migration("CREATE TABLE audit (id INTEGER);", "SELECT 1;"))
                .file("0003_more.sql", migration("ALTER TABLE users ADD COLUMN nickname VARCHAR(20);",
                        "ALTER TABLE users DROP COLUMN nickname;"));

        List<MigrationVerdict> verdicts = verifyAll(project).migrations();

        assertThat(verdicts.get(0).passed()).isTrue();
        assertThat(verdicts.get(1).differences()).hasSize(1).first().asString()
                .matches("down leaves table (public\\.)?audit");
        assertThat(verdicts.get(1).reUp().status()).isEqualTo(StepResult.Status.FAILED);
        assertThat(verdicts.get(1).reUp().detail()).hasValueSatisfying(d -> assertThat(d).contains("0002_audit.sql"));
        assertThat(verdicts.get(2).skipped()).isTrue();
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aSequenceTheDownKeepsIsCaught(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_numbers.sql", migration("CREATE SEQUENCE order_numbers;", "SELECT 1;"));

        MigrationVerdict verdict = verifyAll(project).migrations().get(0);

        assertThat(verdict.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("down leaves sequence "));
        assertThat(verdict.problem().orElseThrow()).contains("order_numbers");
        assertThat(verdict.reUp().status()).isEqualTo(StepResult.Status.FAILED);
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void anUpThatGivesADifferentSchemaTheSecondTimeIsCaught(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS)
                .file("0002_tags.sql", migration("CREATE TABLE IF NOT EXISTS tags (id INTEGER);",
                        "ALTER TABLE tags ADD COLUMN leftover INTEGER;"));

        MigrationVerdict verdict = verifyAll(project).migrations().get(1);

        assertThat(verdict.down().status()).isEqualTo(StepResult.Status.DIFFERS);
        assertThat(verdict.reUp().status()).isEqualTo(StepResult.Status.DIFFERS);
        assertThat(verdict.differences()).contains("up again creates column tags.leftover, which the first up did not");
    }

    @OnEachDatabase
    void aMigrationWithoutADownSectionFailsAsNotReversibleAndTheNextOneIsStillRehearsed(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_users.sql", "-- shale:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n")
                .file("0002_index.sql", migration("CREATE INDEX users_email_idx ON users (email);",
                        "DROP INDEX users_email_idx" + (db.kind() == TestDialect.MARIADB ? " ON users;" : ";")));

        List<MigrationVerdict> verdicts = verifyAll(project).migrations();

        assertThat(verdicts.get(0).down().status()).isEqualTo(StepResult.Status.MISSING);
        assertThat(verdicts.get(0).problem()).hasValue("no down section: the migration is not reversible");
        assertThat(verdicts.get(0).passed()).isFalse();
        assertThat(verdicts.get(1).passed()).isTrue();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void withoutAllOnlyThePendingMigrationsAreRehearsedAndTheEnvironmentIsLeftAlone(TestDatabase db) {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS);
        project.shale().migrate();
        project.file("0002_index.sql", migration("CREATE INDEX users_email_idx ON users (email);",
                "DROP INDEX users_email_idx;"));

        VerifyReport report = project.shale().verify(VerifyOptions.pending());

        assertThat(report.migrations()).extracting(MigrationVerdict::script).containsExactly("0002_index.sql");
        assertThat(report.passed()).isTrue();
        assertThat(project.shale().status()).extracting(s -> s.state().name()).containsExactly("APPLIED", "PENDING");
    }

    @OnEachDatabase
    void schemaFilesThatDriftedApartFromTheMigrationsAreReported(TestDatabase db) throws IOException {
        MigrationProject project = new MigrationProject(db).file("0001_users.sql", USERS);
        Files.createDirectories(project.dir().resolve("schema"));
        Files.writeString(project.dir().resolve("schema/schema.sql"),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n");
        assertThat(verifyAll(project).schemaFiles()).hasValueSatisfying(c -> assertThat(c.passed()).isTrue());

        Files.writeString(project.dir().resolve("schema/schema.sql"),
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100), nickname VARCHAR(20));\n");
        VerifyReport report = verifyAll(project);

        assertThat(report.migrations()).allMatch(MigrationVerdict::passed);
        assertThat(report.schemaFiles().orElseThrow().differences())
                .singleElement().asString().matches(
                        "the schema files have column (public\\.)?users\\.nickname, which the migrations do not create");
        assertThat(report.passed()).isFalse();
    }
}
