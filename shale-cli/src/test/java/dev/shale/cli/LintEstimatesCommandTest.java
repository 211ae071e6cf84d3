package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;

/** {@code shale lint --env NAME}: estimates from the environment's table statistics, in text and JSON. */
class LintEstimatesCommandTest {
    private static final String TABLE = "-- shale:up\nCREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);\n"
            + "-- shale:down\nDROP TABLE t;\n";
    private static final String INDEX = "-- shale:up\nCREATE INDEX t_c ON t (c);\n-- shale:down\nDROP INDEX t_c;\n";

    private static SchemaAsCodeProject project(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        Files.writeString(project.dir.resolve("migrations/0001_t.sql"), TABLE);
        Files.writeString(project.dir.resolve("migrations/0002_index.sql"), INDEX);
        assertThat(project.run("hash").exitCode()).isZero();
        assertThat(project.run("migrate", "--target", "1").exitCode()).isZero();
        db.execute("INSERT INTO t (id, c) VALUES (1, 1), (2, 2), (3, 3)");
        return project;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void withAnEnvironmentLintPrintsEstimatesAndTheThreshold(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        CliRun text = project.run("lint", "--env", "dev", "--lock-threshold", "0ms");
        assertThat(text.out()).as(text.err()).contains("migrations/0002_index.sql:2: estimate: index build of",
                "estimates from dev's table statistics (order of magnitude), lock threshold 0ms");

        CliRun json = project.run("lint", "--env", "dev", "--format", "json");
        assertThat(json.out()).contains("\"estimates\" : {", "\"environment\" : \"dev\"", "\"lockThresholdMillis\" : 2000",
                "\"work\" : \"index build\"", "\"overLockThreshold\" : false");

        CliRun without = project.run("lint");
        assertThat(without.out()).as("no --env: no live statistics are read").doesNotContain("estimate");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aBadThresholdIsAUsageError(TestDatabase db) throws IOException {
        CliRun run = project(db).run("lint", "--env", "dev", "--lock-threshold", "soon");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a duration");
    }
}
