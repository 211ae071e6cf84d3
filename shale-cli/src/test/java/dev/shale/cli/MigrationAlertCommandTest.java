package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code migrate --notify} and {@code notify_url}: failure alerts posted to a real local HTTP server. */
class MigrationAlertCommandTest {
    private static final String BROKEN = "-- shale:up\nCREATE TABLE a (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n";
    private static final String GOOD = "-- shale:up\nCREATE TABLE b (id INTEGER);\n";

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aFailedMigrationPostsEnvironmentVersionStatementAndMessageWithoutTheSecret(TestDatabase db) throws Exception {
        try (MigrationEventsCommandTest.SecretUrl url = MigrationEventsCommandTest.SecretUrl.of(db);
             WebhookReceiver hook = new WebhookReceiver(0)) {
            Path dir = MigrationEventsCommandTest.project(db, url.value());
            MigrationEventsCommandTest.migration(dir, "0007_broken.sql", BROKEN);

            CliRun run = CliRun.run(dir, "migrate", "--env", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(hook.bodies()).hasSize(1);
            String text = new ObjectMapper().readTree(hook.bodies().get(0)).get("text").asText();
            assertThat(text).startsWith("Shale migrate: migration 0007 (0007_broken.sql) failed on environment prod "
                    + "at statement 2 of 2: ").containsIgnoringCase("no_such_table");
            assertThat(hook.bodies().get(0)).doesNotContain(MigrationEventsCommandTest.SECRET);
            assertThat(run.err()).contains("failure alert posted to http://127.0.0.1:").doesNotContain("secret-token");
            assertThat(run.out() + run.err()).doesNotContain(MigrationEventsCommandTest.SECRET);
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void theEnvironmentsNotifyUrlIsUsedAndAGoodMigrationPostsNothing(TestDatabase db) throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(0)) {
            Path dir = MigrationEventsCommandTest.project(db, db.urlString());
            Files.writeString(dir.resolve("shale.toml"), Files.readString(dir.resolve("shale.toml"))
                    + "notify_url = \"" + hook.url() + "\"\n");
            MigrationEventsCommandTest.migration(dir, "0001_good.sql", GOOD);

            assertThat(CliRun.run(dir, "migrate", "--env", "prod").exitCode()).isZero();
            assertThat(hook.bodies()).isEmpty();

            MigrationEventsCommandTest.migration(dir, "0002_broken.sql", BROKEN);
            CliRun run = CliRun.run(dir, "migrate", "--env", "prod");

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(hook.bodies()).singleElement().asString().contains("migration 0002 (0002_broken.sql) failed "
                    + "on environment prod at statement 2 of 2");
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aWebhookAnswering500IsRetriedAndLeavesExitFourAWarningOnly(TestDatabase db) throws Exception {
        try (WebhookReceiver hook = new WebhookReceiver(100)) {
            Path dir = MigrationEventsCommandTest.project(db, db.urlString());
            MigrationEventsCommandTest.migration(dir, "0001_broken.sql", BROKEN);

            CliRun run = CliRun.run(dir, "migrate", "--env", "prod", "--notify", hook.url());

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(hook.bodies()).hasSize(3);
            assertThat(run.err()).contains("warning: could not post the failure alert to http://127.0.0.1:",
                    "after 3 attempts: HTTP 500; the outcome of the command stands");
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aWebhookThatDoesNotAnswerLeavesBothOutcomesUnchanged(TestDatabase db) throws Exception {
        String silent;
        try (ServerSocket socket = new ServerSocket(0)) {
            silent = "http://127.0.0.1:" + socket.getLocalPort() + "/hooks/gone";
        }
        Path dir = MigrationEventsCommandTest.project(db, db.urlString());
        MigrationEventsCommandTest.migration(dir, "0001_good.sql", GOOD);

        CliRun good = CliRun.run(dir, "migrate", "--env", "prod", "--notify", silent);
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.err()).doesNotContain("alert");

        MigrationEventsCommandTest.migration(dir, "0002_broken.sql", BROKEN);
        CliRun broken = CliRun.run(dir, "migrate", "--env", "prod", "--notify", silent);

        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.err()).contains("warning: could not post the failure alert to http://127.0.0.1:",
                "after 3 attempts: ConnectException");
    }
}
