package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale drift --notify} and {@code notify_url}: alerts posted to a real local HTTP server. */
class DriftAlertCommandTest {
    @TempDir
    Path dir;

    @Test
    void driftIsPostedRetriedAfterA500AndNeverCarriesTheSecret() throws Exception {
        try (TestDatabase pg = TestDatabase.create(TestDialect.POSTGRES); WebhookReceiver hook = new WebhookReceiver(1)) {
            // The server trusts local connections, so the password is accepted and ignored: only its absence matters.
            String url = "postgres://postgres:Hunter2Secret@" + pg.url().host() + ":" + pg.url().port() + "/" + pg.name();
            DriftCommandProject project = new DriftCommandProject(dir).env("prod", url).migrate("prod");
            pg.execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(50)");

            CliRun run = project.run("drift", "--env", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).hasSize(2);
            assertThat(hook.bodies().get(1)).isEqualTo(hook.bodies().get(0));
            String text = new ObjectMapper().readTree(hook.bodies().get(0)).get("text").asText();
            assertThat(text).startsWith("Shale drift check: environment prod has drifted (1 difference)")
                    .contains("column public.users.nickname added by hand");
            assertThat(hook.bodies().get(0)).doesNotContain("Hunter2Secret").doesNotContain("postgres@");
            assertThat(run.err()).contains("drift alert posted to http://127.0.0.1:").doesNotContain("secret-token");
            assertThat(run.out() + run.err()).doesNotContain("Hunter2Secret");
        }
    }

    @Test
    void aWebhookThatStaysDownGivesAWarningAndTheExitCodeStands() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(100)) {
            DriftCommandProject project = new DriftCommandProject(dir).env("dev", "sqlite:app.db").migrate("dev");
            DriftCommandTest.sqlite(dir.resolve("app.db"), "CREATE TABLE audit_log (id INTEGER PRIMARY KEY)");

            CliRun run = project.run("drift", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).hasSize(3);
            assertThat(run.err()).contains("warning: could not post the drift alert to http://127.0.0.1:",
                    "after 3 attempts: HTTP 500; the result of the check stands");
        }
    }

    @Test
    void theNotifyUrlOfTheConfigurationIsUsedAndACleanEnvironmentPostsNothing() throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            DriftCommandProject project = new DriftCommandProject(dir)
                    .project("notify_url = \"" + hook.url() + "\"")
                    .env("clean", "sqlite:clean.db").env("dev", "sqlite:app.db").migrate("clean").migrate("dev");
            DriftCommandTest.sqlite(dir.resolve("app.db"), "CREATE TABLE audit_log (id INTEGER PRIMARY KEY)");

            assertThat(project.run("drift", "--env", "clean").exitCode()).isZero();
            assertThat(hook.bodies()).isEmpty();

            CliRun run = project.run("drift", "--all");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(hook.bodies()).singleElement().asString()
                    .contains("environment dev has drifted").contains("table audit_log added by hand")
                    .doesNotContain("environment clean");
        }
    }
}
