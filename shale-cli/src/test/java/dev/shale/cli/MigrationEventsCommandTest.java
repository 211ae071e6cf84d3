package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code migrate --log-format json}: one JSON event per step on stdout, in order, never a credential. */
class MigrationEventsCommandTest {
    static final String SECRET = "Hunter2Secret";

    @OnEachDatabase
    void eachStepOfAGoodMigrationIsOneJsonLineInOrderWithoutTheUrlsPassword(TestDatabase db) throws Exception {
        try (SecretUrl url = SecretUrl.of(db)) {
            Path dir = project(db, url.value());
            migration(dir, "0001_items.sql", "-- shale:up\nCREATE TABLE items (id INTEGER PRIMARY KEY);\n"
                    + "INSERT INTO items VALUES (1);\n-- shale:down\nDROP TABLE items;\n");

            CliRun run = CliRun.run(dir, "migrate", "--env", "prod", "--log-format", "json");

            assertThat(run.exitCode()).as(run.err()).isZero();
            List<JsonNode> events = events(run);
            assertThat(events).extracting(e -> e.get("event").asText()).containsExactly("lock_acquired", "note",
                    "migration_started", "statement_executed", "statement_executed", "migration_finished",
                    "lock_released");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.get("environment").asText()).isEqualTo("prod");
                assertThat(Instant.parse(e.get("time").asText())).isBefore(Instant.now().plusSeconds(1));
            });
            assertThat(events.get(0).get("waited").asBoolean()).isFalse();
            assertThat(events.get(1).get("message").asText()).startsWith("created the history table");
            assertThat(events.get(2).get("version").asText()).isEqualTo("0001");
            assertThat(events.get(2).get("script").asText()).isEqualTo("0001_items.sql");
            assertThat(events.get(2).get("direction").asText()).isEqualTo("up");
            assertThat(events.get(2).get("statements").asInt()).isEqualTo(2);
            assertThat(events.get(3).get("statement").asInt()).isEqualTo(1);
            assertThat(events.get(3).get("sql").asText()).isEqualTo("CREATE TABLE items (id INTEGER PRIMARY KEY)");
            assertThat(events.get(3).get("millis").isIntegralNumber()).isTrue();
            assertThat(events.get(4).get("statement").asInt()).isEqualTo(2);
            assertThat(events.get(4).get("sql").asText()).startsWith("INSERT INTO items");
            assertThat(events.get(5).get("millis").isIntegralNumber()).isTrue();
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
        }
    }

    @OnEachDatabase
    void aFailingStatementIsOneFailedEventWithItsIndexAndTheDatabasesMessage(TestDatabase db) throws Exception {
        try (SecretUrl url = SecretUrl.of(db)) {
            Path dir = project(db, url.value());
            migration(dir, "0001_broken.sql", "-- shale:up\nCREATE TABLE a (id INTEGER);\n"
                    + "INSERT INTO no_such_table VALUES (1);\n");

            CliRun run = CliRun.run(dir, "migrate", "--env", "prod", "--log-format", "json");

            assertThat(run.exitCode()).isEqualTo(4);
            List<JsonNode> events = events(run);
            assertThat(events).extracting(e -> e.get("event").asText()).containsExactly("lock_acquired", "note",
                    "migration_started", "statement_executed", "migration_failed", "lock_released");
            JsonNode failed = events.get(4);
            assertThat(failed.get("version").asText()).isEqualTo("0001");
            assertThat(failed.get("statement").asInt()).isEqualTo(2);
            assertThat(failed.get("statements").asInt()).isEqualTo(2);
            assertThat(failed.get("message").asText()).containsIgnoringCase("no_such_table");
            assertThat(run.err()).contains("error: ");
            assertThat(run.out() + run.err()).doesNotContain(SECRET);
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void rollbackWritesItsStepsAsJsonToo(TestDatabase db) throws Exception {
        Path dir = project(db, db.urlString());
        migration(dir, "0001_items.sql", "-- shale:up\nCREATE TABLE items (id INTEGER);\n-- shale:down\nDROP TABLE items;\n");
        assertThat(CliRun.run(dir, "migrate", "--env", "prod").exitCode()).isZero();

        CliRun run = CliRun.run(dir, "rollback", "--env", "prod", "--log-format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> events = events(run);
        assertThat(events).extracting(e -> e.get("event").asText()).containsExactly("lock_acquired",
                "migration_started", "statement_executed", "migration_finished", "lock_released");
        assertThat(events.get(1).get("direction").asText()).isEqualTo("down");
        assertThat(events.get(2).get("sql").asText()).isEqualTo("DROP TABLE items");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void jsonEventsAndADryRunCannotBeCombined(TestDatabase db) throws Exception {
        Path dir = project(db, db.urlString());

        CliRun run = CliRun.run(dir, "migrate", "--env", "prod", "--log-format", "json", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).isEqualTo("error: --log-format json cannot be combined with --dry-run");
    }

    static Path project(TestDatabase db, String url) throws Exception {
        Path dir = db.scratchDir().resolve("app");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[env.prod]\nurl = \"" + url + "\"\n");
        return dir;
    }

    static void migration(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve("migrations").resolve(name), text);
        assertThat(CliRun.run(dir, "hash").exitCode()).isZero();
    }

    /** Every stdout line parsed as JSON: the test fails on a line that is not. */
    static List<JsonNode> events(CliRun run) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            assertThat(line).startsWith("{").endsWith("}").doesNotContain(SECRET);
            events.add(new ObjectMapper().readTree(line));
        }
        return events;
    }

    /** A URL of the test database that carries a password (a real user with one on MariaDB). */
    record SecretUrl(String value, TestDatabase db, String user) implements AutoCloseable {
        static SecretUrl of(TestDatabase db) {
            String server = db.url().isServer() ? db.url().host() + ":" + db.url().port() + "/" + db.name() : "";
            if (db.kind() == TestDialect.POSTGRES) {
                // The test server trusts local connections: the password is accepted and ignored.
                return new SecretUrl("postgres://postgres:" + SECRET + "@" + server, db, null);
            }
            if (db.kind() == TestDialect.MARIADB) {
                String user = db.name();
                for (String host : List.of("localhost", "127.0.0.1")) {
                    db.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY '" + SECRET + "'",
                            "GRANT ALL ON `" + db.name() + "`.* TO '" + user + "'@'" + host + "'");
                }
                return new SecretUrl("mysql://" + user + ":" + SECRET + "@" + server, db, user);
            }
            return new SecretUrl(db.urlString(), db, null);
        }

        @Override
        public void close() {
            if (user != null) {
                db.execute("DROP USER '" + user + "'@'localhost'", "DROP USER '" + user + "'@'127.0.0.1'");
            }
        }
    }
}
