package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.Statement;

/**
 * CREATE INDEX CONCURRENTLY waits for every older transaction by design: the statement lock
 * timeout must not cancel it (which would leave an INVALID index and fail the retry); and an
 * INVALID index a failed build left behind does not stop the next run.
 */
class ConcurrentIndexLockTimeoutTest {

    @OnEachDatabase(TestDialect.POSTGRES)
    void aConcurrentIndexWaitsForAnOpenTransactionLongerThanTheStatementLockTimeout(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE busy (id INTEGER, n INTEGER)");
        db.execute("INSERT INTO busy SELECT g, g FROM generate_series(1, 100) g");
        MigrationProject project = new MigrationProject(db)   // statement_lock_timeout = "2s"
                .file("0001_index_busy.sql", "-- shale:no-transaction\n"
                        + MigrationProject.migration("CREATE INDEX CONCURRENTLY busy_n_idx ON busy (n);",
                        "DROP INDEX CONCURRENTLY busy_n_idx;"));
        try (Connection reader = db.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("SELECT * FROM busy");   // an older transaction the index build must wait for
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(5000);
                    reader.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            releaser.start();
            long start = System.nanoTime();

            project.shale().migrate();
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            releaser.join();

            assertThat(waitedMillis).isGreaterThanOrEqualTo(4000);
        }

        assertThat(project.shale().status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'busy_n_idx'")).isEqualTo("t");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aConcurrentIndexThatFailedLeavesNoInvalidIndexInTheWayOfTheNextRun(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE busy (id INTEGER, n INTEGER)");
        db.execute("INSERT INTO busy VALUES (1, 1), (2, 1), (3, 2)");
        MigrationProject project = new MigrationProject(db)
                .file("0001_unique_n.sql", "-- shale:no-transaction\n"
                        + MigrationProject.migration("CREATE UNIQUE INDEX CONCURRENTLY \"busy_n_key\" ON public.busy (n);",
                        "DROP INDEX CONCURRENTLY busy_n_key;"));
        assertThatThrownBy(() -> project.shale().migrate()).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("could not create unique index");
        assertThat(db.queryValue("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'busy_n_key'")).isEqualTo("f");

        db.execute("DELETE FROM busy WHERE id = 2");
        project.shale().migrate();

        assertThat(project.shale().status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED);
        assertThat(db.queryValue("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'busy_n_key'")).isEqualTo("t");
    }
}
