package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.file.Files;

/** {@code shale verify} on the command line: exit codes, the text a reviewer reads, JSON for tools. */
class VerifyCommandTest {
    private static final String USERS = "-- shale:up\nCREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n"
            + "-- shale:down\nDROP TABLE users;\n";
    private static final String FORGETFUL_INDEX = "-- shale:up\nCREATE INDEX users_email_idx ON users (email);\n"
            + "-- shale:down\nSELECT 1;\n";

    private static SchemaAsCodeProject project(TestDatabase db, String... migrations) throws IOException {
        SchemaAsCodeProject project = new SchemaAsCodeProject(db.scratchDir().resolve("project"), db, false);
        for (int i = 0; i < migrations.length; i++) {
            Files.writeString(project.dir.resolve("migrations/" + String.format("%04d_m.sql", i + 1)), migrations[i]);
        }
        assertThat(project.run("hash").exitCode()).isZero();
        return project;
    }

    @OnEachDatabase
    void allMigrationsPassingExitsZeroAndABrokenDownExitsOneNamingWhatItLeaves(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, USERS);
        CliRun ok = project.run("verify");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("PASS  0001_m.sql", "verified: 1 migration(s), 0 failed");

        Files.writeString(project.dir.resolve("migrations/0002_m.sql"), FORGETFUL_INDEX);
        project.run("hash");
        CliRun failed = project.run("verify");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("FAIL  0002_m.sql", "down leaves index users_email_idx on ",
                "up is not repeatable after its down: ", "verify failed: 2 migration(s), 1 failed");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void theJsonReportNamesEachStepAndTheFirstDifference(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, USERS, FORGETFUL_INDEX);
        CliRun run = project.run("verify", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("exitCode").asInt()).isEqualTo(1);
        JsonNode second = report.get("migrations").get(1);
        assertThat(second.get("script").asText()).isEqualTo("0002_m.sql");
        assertThat(second.get("status").asText()).isEqualTo("failed");
        assertThat(second.get("up").get("status").asText()).isEqualTo("passed");
        assertThat(second.get("down").get("status").asText()).isEqualTo("differs");
        assertThat(second.get("upAgain").get("status").asText()).isEqualTo("failed");
        assertThat(second.get("problem").asText()).isEqualTo("down leaves index users_email_idx on users");
        assertThat(report.get("migrations").get(0).get("down").get("millis").isNumber()).isTrue();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void onlyPendingMigrationsAreRehearsedUnlessAllIsGiven(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, FORGETFUL_INDEX.replace("CREATE INDEX users_email_idx ON users (email)",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100))"), USERS.replace("users", "tags"));
        assertThat(project.run("migrate", "--target", "0001").exitCode()).isZero();

        CliRun pending = project.run("verify");
        assertThat(pending.exitCode()).as(pending.out()).isZero();
        assertThat(pending.out()).doesNotContain("0001_m.sql").contains("PASS  0002_m.sql");
        CliRun all = project.run("verify", "--all", "--format", "markdown");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.out()).contains("### shale verify: failed", "| FAIL | `0001_m.sql` |", "down leaves table ");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void schemaFilesThatDriftedApartFromTheMigrationsFailTheVerification(TestDatabase db) throws IOException {
        SchemaAsCodeProject project = project(db, USERS);
        project.schema("CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n"
                + "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
        CliRun run = project.run("verify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("PASS  0001_m.sql",
                "FAIL  schema files: the migrations and the schema files have drifted apart",
                "the schema files have table tags, which the migrations do not create");
    }
}
