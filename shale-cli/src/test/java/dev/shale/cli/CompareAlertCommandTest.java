package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale compare --notify}: alerts for breaking differences, posted to a real local HTTP server. */
class CompareAlertCommandTest {
    @TempDir
    Path dir;

    private void environments(String devUrl, String prodUrl) throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"" + devUrl + "\"\n\n[env.prod]\nurl = \""
                + prodUrl + "\"\n");
    }

    private static String withPassword(TestDatabase db) {
        // The server trusts local connections, so the password is accepted and ignored: only its absence matters.
        return "postgres://postgres:Hunter2Secret@" + db.url().host() + ":" + db.url().port() + "/" + db.name();
    }

    private static String text(String body) throws Exception {
        return new ObjectMapper().readTree(body).get("text").asText();
    }

    @Test
    void aBreakingDifferenceIsPostedRetriedAfterA500AndNeverCarriesTheSecret() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES);
             WebhookReceiver hook = new WebhookReceiver(1)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, bio TEXT)");
            environments(withPassword(dev), withPassword(prod));

            CliRun run = CliRun.run(dir, "compare", "dev", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).hasSize(2);
            assertThat(hook.bodies().get(1)).isEqualTo(hook.bodies().get(0));
            assertThat(text(hook.bodies().get(0))).isEqualTo(
                    "Shale compare: promoting dev to prod has 1 breaking difference (of 2)\n"
                            + "• column public.users.nickname dropped (DS102)");
            assertThat(hook.bodies().get(0)).doesNotContain("Hunter2Secret").doesNotContain("postgres@")
                    .doesNotContain("127.0.0.1");
            assertThat(run.err()).contains("compare alert posted to http://127.0.0.1:").doesNotContain("secret-token");
            assertThat(run.out() + run.err()).doesNotContain("Hunter2Secret");
        }
    }

    @Test
    void aSideGivenAsADatabaseUrlIsNotNamedInTheMessage() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES);
             WebhookReceiver hook = new WebhookReceiver(0)) {
            prod.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)");
            environments(dev.urlString(), prod.urlString());

            CliRun run = CliRun.run(dir, "compare", withPassword(dev), "prod", "--notify", hook.url());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(hook.bodies()).singleElement().satisfies(body -> assertThat(text(body))
                    .startsWith("Shale compare: promoting a database given by URL to prod has 1 breaking difference")
                    .contains("• table public.audit_log dropped")
                    .doesNotContain(dev.name()).doesNotContain("Hunter2Secret"));
        }
    }

    @Test
    void differencesThatBreakNothingPostNothing() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE);
             WebhookReceiver hook = new WebhookReceiver(0)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, bio TEXT)");
            environments(dev.urlString(), prod.urlString());

            CliRun run = CliRun.run(dir, "compare", "dev", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).isEmpty();
            assertThat(run.err()).doesNotContain("alert");
        }
    }

    @Test
    void aWebhookThatStaysDownGivesAWarningAndTheExitCodeStands() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE);
             WebhookReceiver hook = new WebhookReceiver(100)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            environments(dev.urlString(), prod.urlString());

            CliRun run = CliRun.run(dir, "compare", "dev", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).hasSize(3);
            assertThat(run.err()).contains("warning: could not post the compare alert to http://127.0.0.1:",
                    "after 3 attempts: HTTP 500; the result of the comparison stands");
        }
    }

    @Test
    void aNotifyUrlThatIsNotHttpIsAUsageError() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE)) {
            environments(dev.urlString(), prod.urlString());

            CliRun run = CliRun.run(dir, "compare", "dev", "prod", "--notify", "ftp://example.org/hook");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errLines()[0]).isEqualTo("error: the webhook URL must start with http:// or https://");
        }
    }
}
