package dev.shale.migrate;

import dev.shale.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A directory of fresh migrations that only create tables, as a new database catching up applies
 * them: migration n creates table t_k with an index, and every fifth adds a column and an index to
 * the table the one before created. Plain SQL that PostgreSQL and SQLite both run.
 */
final class NewTableMigrations {
    private NewTableMigrations() {
    }

    /** {@code count} migrations; the one numbered {@code failing} (0 for none) indexes a column that is not there. */
    static MigrationProject write(TestDatabase db, int count, int failing) {
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
                up = "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(40));\nCREATE INDEX " + table
                        + "_name ON " + table + " (" + indexed + ");";
            }
            project.write(String.format("%04d_m.sql", n), MigrationProject.migration(up, "SELECT 1;"));
        }
        // The last file again, now with shale.sum for all of them, as 'shale hash' writes it.
        return project.file(String.format("%04d_m.sql", count), MigrationProject.migration(up, "SELECT 1;"));
    }

    /** How many tables the first {@code migrations} of them create. */
    static int tables(int migrations) {
        return migrations - migrations / 5;
    }

    /** The rows {@link #historyRows} reads for the first {@code count}; {@code success} as the database prints true. */
    static List<String> expectedRows(int count, String success) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> n + " " + String.format("%04d", n) + " 2 " + success)
                .toList();
    }

    /** Rank, version, statements applied and success of each history row. */
    static List<String> historyRows(TestDatabase db) {
        return db.query("SELECT installed_rank, version, statements_applied, success FROM shale_history "
                + "ORDER BY installed_rank").stream().map(row -> String.join(" ", row)).toList();
    }
}
