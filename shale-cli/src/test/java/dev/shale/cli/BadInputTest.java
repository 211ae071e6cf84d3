package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a one-line error, a hint, a documented exit code, and no secret. */
class BadInputTest {
    @TempDir
    Path dir;

    private void writeConfig(String toml) throws Exception {
        Files.writeString(dir.resolve("shale.toml"), toml);
    }

    @Test
    void anEnvironmentWithoutAnyConfigurationAsksForInit() {
        CliRun run = CliRun.run(dir, "ping", "--env", "staging");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "error: no shale.toml found, so there is no environment 'staging'",
                "hint: run 'shale init' to create shale.toml with your environments, or pass --url");
    }

    @Test
    void malformedTomlNamesTheFileAndLine() throws Exception {
        writeConfig("[env.dev]\nurl = \"sqlite:a.db\"\n\n[env.prod\nurl = \"sqlite:b.db\"\n");
        CliRun run = CliRun.run(dir, "ping");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).startsWith("error: " + dir.resolve("shale.toml") + ":4: malformed TOML");
        assertThat(run.errLines()[1]).startsWith("hint: ");
        assertThat(run.errLines()).hasSize(2);
    }

    @Test
    void anUnknownEnvironmentListsTheKnownOnes() throws Exception {
        writeConfig("[env.dev]\nurl = \"sqlite:a.db\"\n[env.staging]\nurl = \"sqlite:b.db\"\n");
        CliRun run = CliRun.run(dir, "ping", "--env", "prod");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "error: unknown environment 'prod' in " + dir.resolve("shale.toml"),
                "hint: known environments: dev, staging");
    }

    @Test
    void anUnknownUrlSchemeListsTheSupportedOnesAndMasksThePassword() {
        CliRun run = CliRun.run(dir, "ping", "--url", "oracle://scott:tiger@db/orcl");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "error: unknown database URL scheme in 'oracle://scott:***@db/orcl'",
                "hint: supported schemes: postgres:, postgresql:, mysql:, mariadb:, sqlite: and their jdbc: forms");
    }

    @Test
    void anUnreachableHostExitsWith3AndNeverShowsThePassword() {
        CliRun run = CliRun.run(dir, "ping", "--url", "postgres://app:hunter2@127.0.0.1:1/shop");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()[0]).startsWith("error: cannot reach PostgreSQL at 127.0.0.1:1");
        assertThat(run.errLines()[1]).startsWith("hint: check that the server is running");
        assertThat(run.err()).doesNotContain("hunter2");
    }

    @Test
    void debugPrintsTheStackTraceButStillMasksThePassword() {
        CliRun run = CliRun.run(dir, "--debug", "ping", "--url", "mysql://app:hunter2@127.0.0.1:1/shop");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("error: cannot reach MySQL/MariaDB", "\tat ").doesNotContain("hunter2");
    }

    @Test
    void withoutDebugThereIsNoStackTrace() {
        CliRun run = CliRun.run(dir, "ping", "--url", "mysql://app:hunter2@127.0.0.1:1/shop");
        assertThat(run.errLines()).hasSize(2);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        try (TestDatabase db = TestDatabase.create(TestDialect.MARIADB)) {
            String user = db.name();
            db.execute("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'right'",
                    "CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'right'");
            try {
                CliRun run = CliRun.run(dir, "ping", "--url",
                        "mysql://" + user + ":wrong-secret@" + db.url().host() + ":" + db.url().port() + "/" + db.name());
                assertThat(run.exitCode()).isEqualTo(3);
                assertThat(run.errLines()).containsExactly(
                        "error: MySQL/MariaDB at " + db.url().host() + ":" + db.url().port()
                                + " refused the credentials of user '" + user + "'",
                        "hint: check the user name and password in the URL or in the environment variable it comes from");
            } finally {
                db.execute("DROP USER '" + user + "'@'localhost'", "DROP USER '" + user + "'@'127.0.0.1'");
            }
        }
    }

    @Test
    void aMissingDatabaseIsNamed() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            CliRun run = CliRun.run(dir, "ping", "--url", db.urlString() + "_missing");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.errLines()[0]).isEqualTo("error: database '" + db.name() + "_missing' does not exist on "
                    + db.url().host() + ":" + db.url().port());
            assertThat(run.errLines()[1]).startsWith("hint: create it first (createdb");
        }
    }

    @Test
    void anUnwritableSqlitePathIsExplained() throws Exception {
        Files.writeString(dir.resolve("not-a-dir"), "");
        CliRun run = CliRun.run(dir, "ping", "--url", "sqlite:not-a-dir/app.db");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(
                "error: cannot open the SQLite database file " + dir.resolve("not-a-dir/app.db"),
                "hint: check that the directory " + dir.resolve("not-a-dir")
                        + " exists and is writable, or point the URL at another file");
    }

    @Test
    void anUnsetVariableNamesItAndWhereItIsUsed() throws Exception {
        writeConfig("[env.prod]\nurl = \"${PROD_URL}\"\nproduction = true\n");
        CliRun run = CliRun.run(dir, Map.of(), "ping");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).isEqualTo("error: environment variable PROD_URL is not set (used by env.prod.url)");
    }

    @Test
    void environmentListingMasksPasswordsFromVariables() throws Exception {
        writeConfig("[env.dev]\nurl = \"sqlite:a.db\"\n[env.prod]\nurl = \"${PROD_URL}\"\nproduction = true\n");
        CliRun run = CliRun.run(dir, Map.of("PROD_URL", "postgres://app:hunter2@db.internal:5432/shop"), "env");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("postgresql://app@db.internal:5432/shop", "production").doesNotContain("hunter2");
        CliRun json = CliRun.run(dir, Map.of("PROD_URL", "postgres://app:hunter2@db.internal:5432/shop"),
                "env", "--format", "json");
        assertThat(json.out()).contains("\"production\" : true").doesNotContain("hunter2");
    }
}
