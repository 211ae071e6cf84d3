package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.shale.dialect.MigrationLock;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code migrate --notify URL --notify-lock-wait-after D}: while another session holds the
 * migration lock (the same advisory lock / GET_LOCK / lock file the runner takes), a real local
 * HTTP server hears about the wait before it is over; a failing or hanging webhook changes nothing.
 */
class LockWaitAlertCommandTest {
    private static final String GOOD = "-- shale:up\nCREATE TABLE b (id INTEGER);\n";

    @OnEachDatabase
    void theWebhookHearsOfALongLockWaitWhileItIsStillGoingOn(TestDatabase db) throws Exception {
        Path dir = project(db);
        try (Hook hook = new Hook(200, false)) {
            CompletableFuture<CliRun> run;
            try (HeldLock held = HeldLock.take(db)) {
                run = CompletableFuture.supplyAsync(() -> CliRun.run(dir, "migrate", "--notify", hook.url(),
                        "--notify-lock-wait-after", "300ms", "--log-format", "json"));
                String body = hook.bodies.poll(30, TimeUnit.SECONDS);

                assertThat(body).as("an alert within 30s").isNotNull();
                assertThat(run).as("the alert comes while the wait goes on").isNotDone();
                assertThat(new ObjectMapper().readTree(body).get("text").asText())
                        .startsWith("Shale migrate: environment prod has been waiting 300ms for the migration lock "
                                + "held by ").endsWith("(gives up after 1m)");
            }
            CliRun done = run.get(60, TimeUnit.SECONDS);

            assertThat(done.exitCode()).as(done.err()).isZero();
            assertThat(events(done)).containsSubsequence("lock_waiting", "lock_acquired", "migration_finished",
                    "lock_released");
            JsonNode acquired = lines(done).stream().filter(e -> e.get("event").asText().equals("lock_acquired"))
                    .findFirst().orElseThrow();
            assertThat(acquired.get("waited").asBoolean()).isTrue();
            assertThat(acquired.get("waitedMillis").asLong()).isGreaterThanOrEqualTo(300);
            assertThat(db.queryValue("SELECT count(*) FROM b")).isEqualTo("0");
        }
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.SQLITE})
    void aWebhookThatAnswers500OrHangsNeverChangesTheOutcome(TestDatabase db) throws Exception {
        Path dir = project(db);
        for (boolean hangs : List.of(false, true)) {
            try (Hook hook = new Hook(500, hangs)) {
                CompletableFuture<CliRun> run;
                try (HeldLock held = HeldLock.take(db)) {
                    run = CompletableFuture.supplyAsync(() -> CliRun.run(dir, "migrate", "--notify", hook.url(),
                            "--notify-lock-wait-after", "200ms", "--target", hangs ? "0002" : "0001"));
                    assertThat(hook.bodies.poll(30, TimeUnit.SECONDS)).as("the alert was attempted").isNotNull();
                }
                long released = System.nanoTime();
                CliRun done = run.get(60, TimeUnit.SECONDS);

                assertThat(done.exitCode()).as(done.err()).isZero();
                assertThat(Duration.ofNanos(System.nanoTime() - released)).as("the migration never waits for the "
                        + "webhook").isLessThan(Duration.ofSeconds(5));
            }
        }
        assertThat(db.query("SELECT version FROM shale_history ORDER BY installed_rank"))
                .extracting(r -> r.get(0)).containsExactly("0001", "0002");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aLockTakenBeforeTheThresholdPostsNothingAndABadDurationIsAUsageError(TestDatabase db) throws Exception {
        Path dir = project(db);
        try (Hook hook = new Hook(200, false)) {
            CompletableFuture<CliRun> run;
            try (HeldLock held = HeldLock.take(db)) {
                run = CompletableFuture.supplyAsync(() -> CliRun.run(dir, "migrate", "--notify", hook.url(),
                        "--notify-lock-wait-after", "20s", "--target", "0001"));
                Thread.sleep(500);
            }
            assertThat(run.get(60, TimeUnit.SECONDS).exitCode()).isZero();
            assertThat(hook.bodies.poll(1, TimeUnit.SECONDS)).isNull();
        }
        CliRun bad = CliRun.run(dir, "migrate", "--notify-lock-wait-after", "soon");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("error: --notify-lock-wait-after needs a duration, not 'soon'", "hint: ");
    }

    private static Path project(TestDatabase db) throws Exception {
        Path dir = MigrationEventsCommandTest.project(db, db.urlString());
        MigrationEventsCommandTest.migration(dir, "0001_b.sql", GOOD);
        MigrationEventsCommandTest.migration(dir, "0002_c.sql", GOOD.replace(" b ", " c "));
        return dir;
    }

    private static List<JsonNode> lines(CliRun run) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                events.add(new ObjectMapper().readTree(line));
            }
        }
        return events;
    }

    private static List<String> events(CliRun run) throws IOException {
        return lines(run).stream().map(e -> e.get("event").asText()).toList();
    }

    /** The runner's own migration lock, held by another session of this process. */
    private record HeldLock(Connection connection, MigrationLock lock) implements AutoCloseable {
        static HeldLock take(TestDatabase db) throws SQLException {
            Connection connection = db.connect();
            MigrationLock lock = db.dialect().migrations().lock(db.url(), db.url().database() + "/shale_history");
            assertThat(lock.tryAcquire(connection)).isTrue();
            return new HeldLock(connection, lock);
        }

        @Override
        public void close() throws SQLException {
            lock.release(connection);
            connection.close();
        }
    }

    /** A local webhook answering {@code status}, or never answering while the test runs. */
    private static final class Hook implements AutoCloseable {
        final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
        private final CountDownLatch end = new CountDownLatch(1);
        private final HttpServer server;

        Hook(int status, boolean hangs) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/hook", exchange -> {
                bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (hangs) {
                    try {
                        end.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            end.countDown();
            server.stop(0);
        }
    }
}
