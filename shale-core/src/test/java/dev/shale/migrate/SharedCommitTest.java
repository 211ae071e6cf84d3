package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.List;
import java.util.stream.IntStream;

/**
 * On SQLite, fresh migrations that only create tables share a commit, each in a savepoint with
 * its history row; a failing one leaves exactly the ones before it applied.
 */
class SharedCommitTest {

    /** Migration n: every fifth adds a column and an index to the table the one before created. */
    private static MigrationProject newTables(TestDatabase db, int count, int failing) {
        MigrationProject project = new MigrationProject(db);
        int tables = 0;
        String up = "";
        for (int n = 1; n <= count; n++) {
            if (n % 5 == 0) {
                String table = "t" + tables;
                up = "ALTER TABLE " + table + " ADD COLUMN extra INTEGER;\nCREATE INDEX " + table + "_extra ON "
                        + table + " (extra);";
            } else {
                String table = "t" + ++tables;
                String indexed = n == failing ? "missing_column" : "name";
                up = "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name TEXT);\nCREATE INDEX " + table
                        + "_name ON " + table + " (" + indexed + ");";
            }
            project.write(String.format("%04d_m.sql", n), MigrationProject.migration(up, "SELECT 1;"));
        }
        return project.file(String.format("%04d_m.sql", count), MigrationProject.migration(up, "SELECT 1;"));
    }

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

    private static List<String> historyRows(TestDatabase db) {
        return db.query("SELECT installed_rank, version, statements_applied, success FROM shale_history "
                + "ORDER BY installed_rank").stream().map(row -> String.join(" ", row)).toList();
    }

    private static List<String> expectedRows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> n + " " + String.format("%04d", n) + " 2 1").toList();
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void newTablesShareACommitAndAreEachRecorded(TestDatabase db) throws IOException {
        MigrationProject project = newTables(db, 45, 0);
        db.execute("CREATE TABLE before_the_run (id INTEGER)");
        int before = changeCounter(db);

        List<AppliedMigration> applied = project.shale().migrate().migrations();

        assertThat(applied).hasSize(45);
        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(45));
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
        MigrationProject project = newTables(db, 30, 13);

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0013_m.sql:3: statement 2 of 2 failed: ")
                .hasMessageContaining("missing_column");

        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(12));
        assertThat(db.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name GLOB 't[0-9]*'"))
                .isEqualTo("10");
        assertThat(project.shale().status()).extracting(MigrationStatus::state).filteredOn(MigrationState.APPLIED::equals)
                .hasSize(12);
    }
}
