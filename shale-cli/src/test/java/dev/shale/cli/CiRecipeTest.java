package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflow of docs/ci.md, run as a pull request would run it: every {@code shale …}
 * line of {@code docs/ci/shale.yml}, in order, in a real git clone whose {@code origin/main} is the base
 * branch, against a PostgreSQL test database standing in for the service container.
 */
class CiRecipeTest {
    private static final String BASE = "main";
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, "
            + "name VARCHAR(100))";

    @TempDir
    Path dir;

    /** One {@code shale} command the workflow ran and what it did. */
    private record Ran(String step, String command, CliRun run) {
    }

    @Test
    void aCleanPullRequestPassesEveryStepOfTheWorkflow() throws Exception {
        try (TestDatabase pg = TestDatabase.create(TestDialect.POSTGRES)) {
            Path checkout = pullRequest("0002_add_nickname.sql",
                    "ALTER TABLE users ADD COLUMN nickname VARCHAR(50);", "ALTER TABLE users DROP COLUMN nickname;",
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, name VARCHAR(100), "
                            + "nickname VARCHAR(50));");

            List<Ran> ran = runWorkflow(checkout, pg);

            assertThat(ran).extracting(r -> r.command().split(" ")[1])
                    .containsExactly("validate", "lint", "lint", "verify", "migrate", "diff");
            assertThat(ran).allSatisfy(r -> assertThat(r.run().exitCode())
                    .as(r.command() + "\n" + r.run().out() + r.run().err()).isZero());
            assertThat(Files.readString(checkout.resolve("lint.md"))).startsWith("## Shale lint: all clear");
            assertThat(pg.queryValue("SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_name = 'users' AND column_name = 'nickname'"))
                    .as("the migrations were applied to the throw-away database").isEqualTo("1");
        }
    }

    @Test
    void aPullRequestDroppingAColumnWithoutApprovalFailsAtTheLintStepWithExitOne() throws Exception {
        try (TestDatabase pg = TestDatabase.create(TestDialect.POSTGRES)) {
            Path checkout = pullRequest("0002_drop_name.sql",
                    "ALTER TABLE users DROP COLUMN name;", "ALTER TABLE users ADD COLUMN name VARCHAR(100);",
                    "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);");

            List<Ran> ran = runWorkflow(checkout, pg);

            Ran failed = ran.stream().filter(r -> r.run().exitCode() != 0).findFirst().orElseThrow();
            assertThat(failed.command()).contains("shale lint --since origin/${{ github.base_ref }} --format github");
            assertThat(failed.run().exitCode()).isEqualTo(1);
            assertThat(failed.run().out()).contains("DS102");
            assertThat(ran).extracting(r -> r.command().split(" ")[1])
                    .as("after the failure only the Markdown report still runs, for the comment")
                    .containsExactly("validate", "lint", "lint");
            assertThat(Files.readString(checkout.resolve("lint.md"))).startsWith("## Shale lint: needs approval")
                    .contains("| DS102 | `migrations/0002_drop_name.sql:2`");
        }
    }

    /** Runs the workflow's Shale steps as GitHub Actions would: after a failing step only {@code always()} ones. */
    private static List<Ran> runWorkflow(Path checkout, TestDatabase pg) throws IOException {
        List<Ran> ran = new ArrayList<>();
        boolean failed = false;
        for (WorkflowSteps.Step step : WorkflowSteps.shaleSteps()) {
            if (failed && !step.runsAfterAFailure()) {
                continue;
            }
            for (String command : step.shaleCommands()) {
                CliRun run = run(checkout, WorkflowSteps.words(command, BASE, pg.urlString()));
                ran.add(new Ran(step.name(), command, run));
                if (run.exitCode() != 0) {
                    failed = true;
                    break;
                }
            }
        }
        return ran;
    }

    private static CliRun run(Path checkout, List<String> words) throws IOException {
        assertThat(words.get(0)).isEqualTo("shale");
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        Path redirect = null;
        int arrow = args.indexOf(">");
        if (arrow >= 0) {
            redirect = checkout.resolve(args.get(arrow + 1));
            args = args.subList(0, arrow);
        }
        CliRun run = CliRun.run(checkout, args.toArray(String[]::new));
        if (redirect != null) {
            Files.writeString(redirect, run.out());
        }
        return run;
    }

    /**
     * A project on {@code origin/main} with one migration and its schema file, cloned, with a pull request
     * branch that adds {@code migration} and changes the schema file to {@code schema}.
     */
    private Path pullRequest(String migration, String up, String down, String schema) throws Exception {
        Path origin = Files.createDirectories(dir.resolve("origin"));
        Files.createDirectories(origin.resolve("migrations"));
        Files.createDirectories(origin.resolve("schema"));
        // The developers' own database; every step of the workflow replaces it with --url.
        Files.writeString(origin.resolve("shale.toml"), "[env.dev]\nurl = \"postgres://localhost:5432/app_dev\"\n");
        Files.writeString(origin.resolve("migrations/0001_users.sql"), migrationText(USERS + ";", "DROP TABLE users;"));
        Files.writeString(origin.resolve("schema/schema.sql"), USERS + ";\n");
        assertThat(CliRun.run(origin, "hash").exitCode()).isZero();
        git(origin, "init", "-q");
        git(origin, "checkout", "-q", "-b", BASE);
        commit(origin, "users");

        git(dir, "clone", "-q", "origin", "checkout");
        Path checkout = dir.resolve("checkout");
        git(checkout, "checkout", "-q", "-b", "pull-request");
        Files.writeString(checkout.resolve("migrations/" + migration), migrationText(up, down));
        Files.writeString(checkout.resolve("schema/schema.sql"), schema + "\n");
        assertThat(CliRun.run(checkout, "hash").exitCode()).isZero();
        commit(checkout, migration);
        return checkout;
    }

    private static String migrationText(String up, String down) {
        return "-- shale:up\n" + up + "\n-- shale:down\n" + down + "\n";
    }

    private static void commit(Path repo, String message) throws Exception {
        git(repo, "add", ".");
        git(repo, "-c", "user.name=shale", "-c", "user.email=shale@example.org", "commit", "-q", "-m", message);
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
