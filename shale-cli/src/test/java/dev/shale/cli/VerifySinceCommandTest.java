package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code shale verify --since REF} in a real git repository. */
class VerifySinceCommandTest {
    private static final String NOT_REVERSIBLE = "-- shale:up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n"
            + "-- shale:down\nSELECT 1;\n";
    private static final String ORDERS = "-- shale:up\nCREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n"
            + "-- shale:down\nDROP TABLE orders;\n";

    @OnEachDatabase(TestDialect.SQLITE)
    void sinceAGitRefOnlyTheMigrationsAddedSinceAreRehearsed(TestDatabase db) throws Exception {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        Files.writeString(project.dir.resolve("migrations/0001_users.sql"), NOT_REVERSIBLE);
        assertThat(project.run("hash").exitCode()).isZero();
        git(project.dir, "init", "-q");
        git(project.dir, "add", ".");
        git(project.dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base");
        git(project.dir, "tag", "base");
        Files.writeString(project.dir.resolve("migrations/0002_orders.sql"), ORDERS);
        project.run("hash");
        git(project.dir, "add", ".");
        git(project.dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "orders");

        assertThat(project.run("verify").exitCode()).isEqualTo(1);
        CliRun run = project.run("verify", "--since", "base");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS  0002_orders.sql", "verified: 1 migration(s), 0 failed")
                .doesNotContain("0001_users.sql");

        CliRun badRef = project.run("verify", "--since", "no-such-ref");
        assertThat(badRef.exitCode()).isEqualTo(2);
        assertThat(badRef.errLines()[0]).startsWith("error: git could not list the migrations added since no-such-ref");
        assertThat(project.run("verify", "--since", "base", "--all").exitCode()).isEqualTo(2);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
