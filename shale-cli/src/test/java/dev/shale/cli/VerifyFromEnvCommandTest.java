package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;

/** {@code shale verify --from-env E --sample-rows N} on the command line: options, text and JSON. */
class VerifyFromEnvCommandTest {
    private static final String USERS = "-- shale:up\nCREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100));\n"
            + "-- shale:down\nDROP TABLE users;\n";
    private static final String DROP_EMAIL = "-- shale:up\nALTER TABLE users DROP COLUMN email;\n"
            + "-- shale:down\nALTER TABLE users ADD COLUMN email VARCHAR(100);\n";

    private static SchemaAsCodeProject migratedWithPending(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        Files.writeString(project.dir.resolve("migrations/0001_users.sql"), USERS);
        assertThat(project.run("hash").exitCode()).isZero();
        assertThat(project.run("migrate").exitCode()).isZero();
        db.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')");
        Files.writeString(project.dir.resolve("migrations/0002_drop_email.sql"), DROP_EMAIL);
        assertThat(project.run("hash").exitCode()).isZero();
        return project;
    }

    @OnEachDatabase
    void reportsTheDataADestructiveUpLosesAndThatTheRestIsKept(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = migratedWithPending(db);

        CliRun text = project.run("verify", "--from-env", "dev", "--sample-rows", "10");
        assertThat(text.exitCode()).as(text.err() + text.out()).isZero();
        assertThat(text.out()).startsWith("rehearsed on a copy of environment dev with up to 10 rows per table\n")
                .contains("PASS  0002_drop_email.sql", "up loses data", "users.email: 1 non-null value(s) lost")
                .doesNotContain("0001_users.sql");

        JsonNode report = new ObjectMapper().readTree(project.run("verify", "--from-env", "dev", "--sample-rows", "10",
                "--format", "json").out());
        assertThat(report.get("fromEnvironment").asText()).isEqualTo("dev");
        assertThat(report.get("sampleRows").asInt()).isEqualTo(10);
        JsonNode data = report.get("migrations").get(0).get("data");
        assertThat(data.get("kept").asBoolean()).isTrue();
        assertThat(data.get("upLosses").get(0).asText()).endsWith("users.email: 1 non-null value(s) lost");
        assertThat(data.get("downLosses")).isEmpty();
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void badCombinationsAreUsageErrorsWithAHint(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = migratedWithPending(db);

        CliRun noEnv = project.run("verify", "--sample-rows", "10");
        assertThat(noEnv.exitCode()).isEqualTo(2);
        assertThat(noEnv.err()).contains("error: --sample-rows needs --from-env", "hint: ");
        assertThat(project.run("verify", "--from-env", "dev", "--sample-rows", "-1").err())
                .contains("error: --sample-rows must be a positive number");
        assertThat(project.run("verify", "--from-env", "dev", "--env", "prod").err())
                .contains("error: --from-env dev and --env prod disagree");
        assertThat(project.run("verify", "--from-env", "dev", "--all").err())
                .contains("error: --from-env rehearses the migrations pending on the environment");
        assertThat(project.run("verify", "--from-env", "dev").exitCode()).isZero();
    }
}
