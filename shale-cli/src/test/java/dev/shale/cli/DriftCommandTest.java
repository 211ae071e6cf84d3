package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale drift}: exit codes, text and JSON, and --all, on real databases. */
class DriftCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @OnEachDatabase
    void anUntouchedEnvironmentHasNoDriftAndExits0(TestDatabase db) throws Exception {
        DriftCommandProject project = new DriftCommandProject(db.scratchDir().resolve("p"))
                .env("dev", db.urlString()).migrate("dev");

        CliRun run = project.run("drift", "--env", "dev");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("no drift: dev (").contains("applied up to 0002");
    }

    @OnEachDatabase
    void changesMadeByHandAreListedAndExit1(TestDatabase db) throws Exception {
        DriftCommandProject project = new DriftCommandProject(db.scratchDir().resolve("p"))
                .env("dev", db.urlString()).migrate("dev");
        db.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(50)",
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY)");
        String schema = db.kind() == TestDialect.POSTGRES ? "public." : "";

        CliRun run = project.run("drift");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                run.out().lines().findFirst().orElseThrow(),
                "  table " + schema + "audit_log added by hand",
                "  column " + schema + "users.nickname added by hand");
        assertThat(run.out()).startsWith("drift: dev (").contains("has 2 differences");
    }

    @Test
    void theJsonReportHasTheDocumentedFields() throws Exception {
        DriftCommandProject project = new DriftCommandProject(dir).env("dev", "sqlite:app.db").migrate("dev");
        Files.writeString(dir.resolve("migrations/0003_create_invoices.sql"),
                "-- shale:up\nCREATE TABLE invoices (id INTEGER PRIMARY KEY);\n-- shale:down\nDROP TABLE invoices;\n");
        assertThat(project.run("hash").exitCode()).isZero();
        sqlite(dir.resolve("app.db"), "DROP INDEX orders_total_idx");

        CliRun run = project.run("drift", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("environment").asText()).isEqualTo("dev");
        assertThat(report.get("status").asText()).isEqualTo("drifted");
        assertThat(report.get("reachable").asBoolean()).isTrue();
        assertThat(report.get("appliedVersion").asText()).isEqualTo("0002");
        assertThat(report.get("drifted").asBoolean()).isTrue();
        assertThat(report.get("differenceCount").asInt()).isEqualTo(1);
        JsonNode difference = report.get("differences").get(0);
        assertThat(difference.get("kind").asText()).isEqualTo("removed");
        assertThat(difference.get("object").asText()).isEqualTo("index");
        assertThat(difference.get("name").asText()).isEqualTo("orders_total_idx on orders");
        JsonNode pending = report.get("migrations").get(0);
        assertThat(pending.get("kind").asText()).isEqualTo("pending");
        assertThat(pending.get("version").asText()).isEqualTo("0003");
        assertThat(pending.get("drift").asBoolean()).isFalse();
    }

    @Test
    void allChecksEveryDatabaseReportsTheUnreachableOneAndExits1() throws Exception {
        try (TestDatabase pg = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase maria = TestDatabase.create(TestDialect.MARIADB);
             TestDatabase lite = TestDatabase.create(TestDialect.SQLITE)) {
            DriftCommandProject project = new DriftCommandProject(dir)
                    .env("uat", pg.urlString()).env("prod", maria.urlString()).env("local", lite.urlString())
                    .env("gone", "postgres://postgres:Hunter2Secret@127.0.0.1:1/nowhere")
                    .migrate("uat").migrate("prod").migrate("local");
            maria.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(50)");

            CliRun run = project.run("drift", "--all");

            assertThat(run.exitCode()).isEqualTo(1);
            List<String> rows = run.out().lines().limit(5).map(l -> String.join(" ", l.trim().split("\\s+"))).toList();
            assertThat(rows).containsExactly("ENVIRONMENT REACHABLE APPLIED DRIFT DIFFERENCES",
                    "uat yes 0002 no 0", "prod yes 0002 yes 1", "local yes 0002 no 0", "gone no unknown");
            assertThat(run.out()).contains("  column users.nickname added by hand", "gone: unreachable: ");
            assertThat(run.out() + run.err()).doesNotContain("Hunter2Secret");
        }
    }

    @Test
    void allExits0WhenEveryEnvironmentMatches() throws Exception {
        DriftCommandProject project = new DriftCommandProject(dir)
                .env("a", "sqlite:a.db").env("b", "sqlite:b.db").migrate("a").migrate("b");

        CliRun run = project.run("drift", "--all", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sweep = JSON.readTree(run.out());
        assertThat(sweep.get("drifted").asBoolean()).isFalse();
        assertThat(sweep.get("environments")).extracting(e -> e.get("environment").asText() + " "
                + e.get("status").asText()).containsExactly("a clean", "b clean");
    }

    @Test
    void allCannotBeCombinedWithEnv() throws Exception {
        DriftCommandProject project = new DriftCommandProject(dir).env("a", "sqlite:a.db");

        CliRun run = project.run("drift", "--all", "--env", "a");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).contains("--all");
    }

    @Test
    void anUnreachableEnvironmentAloneExits3() throws Exception {
        DriftCommandProject project = new DriftCommandProject(dir).env("gone", "postgres://postgres@127.0.0.1:1/x");

        CliRun run = project.run("drift", "--env", "gone");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Arrays.asList(run.errLines())).first().asString().startsWith("error: ");
    }

    static void sqlite(Path file, String sql) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
