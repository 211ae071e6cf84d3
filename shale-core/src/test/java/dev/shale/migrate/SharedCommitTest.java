package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.shale.migrate.NewTableMigrations.expectedRows;
import static dev.shale.migrate.NewTableMigrations.historyRows;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.List;

/**
 * On SQLite, fresh migrations that only create tables share a commit, each in a savepoint with
 * its history row; a failing one leaves exactly the ones before it applied.
 */
class SharedCommitTest {

    /**
     * The database file's change counter, which SQLite increments once per committed write
     * transaction in its default rollback journal (https://www.sqlite.org/fileformat.html#file_change_counter).
     */
    private static int changeCounter(TestDatabase db) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(db.url().database(), "r")) {
            file.seek(24);
            return file.readInt();
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void newTablesShareACommitAndAreEachRecorded(TestDatabase db) throws IOException {
        MigrationProject project = NewTableMigrations.write(db, 45, 0);
        db.execute("CREATE TABLE before_the_run (id INTEGER)");
        int before = changeCounter(db);

        List<AppliedMigration> applied = project.shale().migrate().migrations();

        assertThat(applied).hasSize(45);
        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(45, "1"));
        assertThat(db.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'"))
                .isEqualTo("36");
        assertThat(db.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name GLOB 't[0-9]*'"))
                .isEqualTo("45");
        assertThat(project.progress()).filteredOn(line -> line.startsWith("applied ")).hasSize(45);
        // The history table, then groups of up to 20 migrations: a handful of commits, not 45.
        assertThat(changeCounter(db) - before).isBetween(2, 6);
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aFailureLeavesExactlyTheMigrationsBeforeIt(TestDatabase db) {
        MigrationProject project = NewTableMigrations.write(db, 30, 13);

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0013_m.sql:3: statement 2 of 2 failed: ")
                .hasMessageContaining("missing_column");

        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(12, "1"));
        assertThat(db.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'"))
                .isEqualTo("10");
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .filteredOn(MigrationState.APPLIED::equals)
                .hasSize(12);
    }
}
