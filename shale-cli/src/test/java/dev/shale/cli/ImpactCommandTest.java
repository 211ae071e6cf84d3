package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code shale impact} and the lines lint shows beside a breaking finding, from the command line. */
class ImpactCommandTest {
    private static final String USERS = "-- shale:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, "
            + "preferred_language VARCHAR(10));\n-- shale:down\nDROP TABLE users;\n";
    private static final String DROP = "-- shale:up\nALTER TABLE users DROP COLUMN preferred_language;\n"
            + "-- shale:down\nALTER TABLE users ADD COLUMN preferred_language VARCHAR(10);\n";

    private static SchemaAsCodeProject project(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        Files.writeString(project.dir.resolve("migrations/0001_users.sql"), USERS);
        Files.writeString(project.dir.resolve("migrations/0002_drop.sql"), DROP);
        assertThat(project.run("hash").exitCode()).isZero();
        assertThat(project.run("migrate", "--target", "1").exitCode()).isZero();
        Path src = project.dir.resolve("src/main/kotlin");
        Files.createDirectories(src);
        Files.writeString(src.resolve("User.kt"), "data class User(val id: Long,\n    val preferredLanguage: String)\n");
        return project;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void listsTheLinesThatUseADroppedColumnAndExitsOne(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        CliRun run = project.run("impact", "--src", "src");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("0002_drop.sql:2: drops column", "users.preferred_language",
                "  main/kotlin/User.kt:2: val preferredLanguage: String)",
                "1 line(s) in 1 file(s) use what 1 migration(s) drop, rename or change");

        CliRun json = project.run("impact", "--format", "json");
        assertThat(json.out()).as("the project folder by default").contains("\"file\" : \"src/main/kotlin/User.kt\"",
                "\"referenced\" : true");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void exitsZeroWhenNoLineUsesWhatChanges(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db);
        Files.writeString(project.dir.resolve("src/main/kotlin/User.kt"), "data class User(val id: Long)\n");
        CliRun run = project.run("impact", "--format", "markdown");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("### Code impact", ": no references", "no source line uses what");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aMissingSourceFolderIsAUsageError(TestDatabase db) throws IOException {
        CliRun run = project(db).run("impact", "--src", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: no such source directory", "hint:");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void lintShowsTheLinesBesideTheBreakingFinding(TestDatabase db) throws IOException {
        CliRun run = project(db).run("lint");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("DS102", "used in: src/main/kotlin/User.kt:2: val preferredLanguage: String)");
    }
}
