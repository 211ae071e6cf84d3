package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The migration commands on the real command line: output, exit codes, production protection. */
class MigrationCommandsTest {

    private static Path project(TestDatabase db, boolean production) throws IOException {
        Path dir = db.scratchDir().resolve("app");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[env.main]\nurl = \"" + db.urlString() + "\"\n"
                + "production = " + production + "\n");
        return dir;
    }

    private static void addMigration(Path dir, String name, String up, String down) throws IOException {
        CliRun created = CliRun.run(dir, "new", name);
        assertThat(created.exitCode()).as(created.err()).isZero();
        Path file = dir.resolve(created.out().strip());
        Files.writeString(file, Files.readString(file).replace("-- shale:up\n", "-- shale:up\n" + up + "\n")
                .replace("-- shale:down\n", "-- shale:down\n" + down + "\n"));
        assertThat(CliRun.run(dir, "hash").exitCode()).isZero();
    }

    @OnEachDatabase
    void newMigrateStatusAndRollbackWorkFromTheCommandLine(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        addMigration(dir, "create items", "CREATE TABLE items (id INTEGER PRIMARY KEY);", "DROP TABLE items;");

        CliRun migrate = CliRun.run(dir, "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.err()).containsPattern("applied \\d{14} create items \\(\\d+ ms\\)");

        CliRun status = CliRun.run(dir, "status", "--format", "json");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("\"state\" : \"APPLIED\"", "\"description\" : \"create items\"");

        CliRun rollback = CliRun.run(dir, "rollback", "--steps", "1");
        assertThat(rollback.exitCode()).as(rollback.err()).isZero();
        assertThat(CliRun.run(dir, "status").out()).contains("pending");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void newNumbersMigrationsByTheDirectorysSequenceWhenItUsesOne(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        Files.writeString(dir.resolve("migrations/0007_first.sql"), "-- shale:up\nSELECT 1;\n");
        CliRun.run(dir, "hash");

        CliRun created = CliRun.run(dir, "new", "Add Orders!");

        assertThat(created.out().strip()).isEqualTo(Path.of("migrations", "0008_add_orders.sql").toString());
        assertThat(Files.readString(dir.resolve("migrations/0008_add_orders.sql"))).contains("-- shale:up", "-- shale:down");
        assertThat(CliRun.run(dir, "validate").exitCode()).isZero();
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void validateExitsWithOneWhenTheDirectoryWasEditedBehindItsBack(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        addMigration(dir, "a", "CREATE TABLE a (id INTEGER);", "DROP TABLE a;");
        Files.writeString(dir.resolve("migrations/0001_sneaky.sql"), "-- shale:up\nSELECT 1;\n");

        CliRun validate = CliRun.run(dir, "validate");

        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.err()).contains("error: 0001_sneaky.sql is not recorded in shale.sum", "hint: ");
        assertThat(CliRun.run(dir, "migrate").exitCode()).isEqualTo(2);
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aDryRunPrintsTheSqlOnStdoutAndLeavesTheDatabaseAlone(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        addMigration(dir, "a", "CREATE TABLE a (id INTEGER);", "DROP TABLE a;");

        CliRun dryRun = CliRun.run(dir, "migrate", "--dry-run");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("BEGIN;", "CREATE TABLE a (id INTEGER);", "INSERT INTO \"shale_history\"",
                "COMMIT;");
        assertThat(CliRun.run(dir, "status").out()).contains("pending");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void productionNeedsYesWithoutATerminalAndConfirmationOnOne(TestDatabase db) throws IOException {
        Path dir = project(db, true);
        addMigration(dir, "a", "CREATE TABLE a (id INTEGER);", "DROP TABLE a;");

        CliRun refused = CliRun.run(dir, "migrate");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("production environment", "--yes");

        CliRun declined = CliRun.run(dir, true, "no\n", "migrate");
        assertThat(declined.exitCode()).isEqualTo(2);
        assertThat(declined.err()).contains("about to migrate", " a", "not confirmed");
        assertThat(CliRun.run(dir, "status").out()).contains("pending");

        CliRun confirmed = CliRun.run(dir, true, "yes\n", "migrate");
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(CliRun.run(dir, "status").out()).contains("applied");

        assertThat(CliRun.run(dir, "rollback", "--yes").exitCode()).isZero();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aFailedMigrationExitsWithFourAndNamesTheLine(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        addMigration(dir, "broken", "CREATE TABLE ok (id INTEGER);\nSELECT * FROM nowhere;", "");

        CliRun migrate = CliRun.run(dir, "migrate");

        assertThat(migrate.exitCode()).isEqualTo(4);
        assertThat(migrate.err()).containsPattern("error: \\d{14}_broken.sql:4: statement 2 of 2 failed: .*nowhere")
                .contains("hint: it was rolled back");
        assertThat(migrate.err()).doesNotContain(db.url().password() == null ? "\u0000" : db.url().password());
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void statusOfAMigrationThatFailedAtItsFirstStatementSaysNoneRan(TestDatabase db) throws IOException {
        Path dir = project(db, false);
        addMigration(dir, "first fails", "SELECT * FROM nowhere;\nCREATE TABLE b (id INTEGER);", "");
        assertThat(CliRun.run(dir, "migrate").exitCode()).isEqualTo(4);

        CliRun failedFirst = CliRun.run(dir, "status");

        assertThat(failedFirst.err()).contains("_first_fails.sql: none of its 2 statements ran; fix the cause and run "
                + "'shale migrate' to run it from the start").doesNotContain("statements 1 to 0");
    }
}
