package dev.shale.migrate;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shale.migrate.events.JsonEventLog;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A migration does not queue behind a long transaction: it gives up on the lock, backs off and retries. */
class StatementLockTimeoutTest {

    @OnEachDatabase(TestDialect.POSTGRES)
    void aMigrationBlockedByALongTransactionRetriesUntilTheLockIsFree(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE busy (id INTEGER)");
        MigrationProject project = new MigrationProject(db)   // statement_lock_timeout = "2s"
                .file("0001_alter_busy.sql", migration("ALTER TABLE busy ADD COLUMN note TEXT;",
                        "ALTER TABLE busy DROP COLUMN note;"));
        try (Connection reader = db.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("SELECT * FROM busy");   // holds ACCESS SHARE until commit
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(3000);
                    reader.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();

            project.shale().migrate();
            releaser.join();
        }

        assertThat(project.progress()).anyMatch(line -> line.contains(
                "0001_alter_busy.sql: a table lock was not granted in time; retry 1 of 3"));
        assertThat(project.shale().status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT count(*) FROM information_schema.columns WHERE table_name = 'busy' "
                + "AND column_name = 'note'")).isEqualTo("1");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aRetriedTransactionReportsItsStatementsAgainWithTheNextAttemptAfterAMigrationRetriedEvent(TestDatabase db)
            throws Exception {
        db.execute("CREATE TABLE busy (id INTEGER)");
        MigrationProject project = new MigrationProject(db)   // statement_lock_timeout = "2s"
                .file("0001_two.sql", migration("CREATE TABLE other (id INTEGER);\nALTER TABLE busy ADD COLUMN note TEXT;",
                        "ALTER TABLE busy DROP COLUMN note;\nDROP TABLE other;"));
        List<String> lines = new CopyOnWriteArrayList<>();
        try (Connection reader = db.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("SELECT * FROM busy");   // holds ACCESS SHARE until commit
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(3000);
                    reader.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();

            project.shale().withListener(new JsonEventLog("test", Clock.systemUTC(), lines::add)).migrate();
            releaser.join();
        }

        ObjectMapper json = new ObjectMapper();
        List<String> steps = new ArrayList<>();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            String name = event.get("event").asText();
            steps.add(switch (name) {
                case "statement_executed" -> "statement " + event.get("statement").asInt() + " attempt "
                        + event.get("attempt").asInt();
                case "migration_retried" -> "retried at statement " + event.get("statement").asInt() + ", attempt "
                        + event.get("attempt").asInt() + (event.get("wholeTransaction").asBoolean() ? ", whole" : "");
                default -> name;
            });
        }
        // PostgreSQL sends the transaction's statements as one batch and reports them after its
        // round trip, so the first attempt reports none; the failing statement is still named.
        assertThat(steps).containsSubsequence("migration_started",
                "retried at statement 2, attempt 2, whole", "statement 1 attempt 2", "statement 2 attempt 2",
                "migration_finished");
        assertThat(steps).doesNotContain("statement 2 attempt 1");
    }
}
