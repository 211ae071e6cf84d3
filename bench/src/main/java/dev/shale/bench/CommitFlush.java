package dev.shale.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long one small commit takes on the target, measured before S1 apply's rounds. The floor
 * commits each of its statements with autocommit and waits for every flush to disk, while Shale
 * commits once per migration (on PostgreSQL asynchronously, with one flush at the end), so this
 * figure explains much of how Shale's ratio to the floor moves from one machine or disk to another.
 */
final class CommitFlush {
    static final int COMMITS = 200;

    private CommitFlush() {
    }

    /** The median time of {@link #COMMITS} one-row autocommit INSERTs on a fresh database {@code name}, then dropped. */
    static double medianMillis(BenchTarget target, String name) throws SQLException {
        target.fresh(name);
        try (Connection connection = target.database(name).connect();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE commit_flush (id INTEGER)");
            long[] nanos = new long[COMMITS];
            for (int i = 0; i < COMMITS; i++) {
                long start = System.nanoTime();
                statement.execute("INSERT INTO commit_flush VALUES (" + i + ")");
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            return nanos[COMMITS / 2] / 1e6;
        } finally {
            target.drop(name);
        }
    }

    /** The report's note: the median, and how many commits the floor waits for. */
    static String describe(double millis, int floorStatements) {
        return String.format(Locale.ROOT, "%.2f ms (median of %d one-row autocommit INSERTs); the floor commits "
                + "each of its %d statements", millis, COMMITS, floorStatements);
    }
}
