package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;

/** {@code --rollback-plan} on migrate, lint and generate. */
class RollbackPlanCommandTest {
    private static final String TABLE = "-- shale:up\nCREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);\n"
            + "-- shale:down\nDROP TABLE t;\n";
    private static final String DROP = "-- shale:up\nALTER TABLE t DROP COLUMN c;\n"
            + "-- shale:down\nALTER TABLE t ADD COLUMN c INTEGER;\n";

    private static SchemaAsCodeProject project(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        Files.writeString(project.dir.resolve("migrations/0001_t.sql"), TABLE);
        Files.writeString(project.dir.resolve("migrations/0002_drop.sql"), DROP);
        assertThat(project.run("hash").exitCode()).isZero();
        return project;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void migratePrintsThePlanAndAppliesNothing(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        CliRun run = project.run("migrate", "--rollback-plan");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rollback plan: 2 migrations, undone newest first",
                "1. 0002_drop.sql: needs a backup", "drops column", "2. 0001_t.sql: undone by its down section",
                "| DROP TABLE t;", "cannot be undone without a backup: 0002_drop.sql");
        assertThat(project.run("status").out()).doesNotContain("applied");

        CliRun upToFirst = project.run("migrate", "--rollback-plan", "--target", "1");
        assertThat(upToFirst.out()).contains("rollback plan: 1 migration,", "1. 0001_t.sql")
                .doesNotContain("0002_drop.sql");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void lintPrintsThePlanAfterTheReportAndOnlyAsText(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        CliRun run = project.run("lint", "migrations/0002_drop.sql", "--rollback-plan");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("DS102", "rollback plan: 1 migration", "1. 0002_drop.sql: needs a backup");
        CliRun json = project.run("lint", "--rollback-plan", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        assertThat(json.err()).contains("error: --rollback-plan prints text, not json", "hint:");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void generatePrintsThePlanOfTheMigrationItWrote(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        project.schema("CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER, n INTEGER);\n");
        CliRun run = project.run("generate", "add_n", "--rollback-plan");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("rollback plan: 1 migration", "add_n.sql: undone by its down section");
    }
}
