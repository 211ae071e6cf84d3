package dev.shale.migrate;

import static dev.shale.migrate.MigrationProject.migration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.Statement;

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
}
