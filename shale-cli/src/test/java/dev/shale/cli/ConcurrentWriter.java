package dev.shale.cli;

import dev.shale.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A second connection that keeps inserting and updating rows of a table in a loop while a
 * migration runs, each write bounded by a short lock timeout, and records how long each one took.
 */
final class ConcurrentWriter implements AutoCloseable {
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> failures = new ArrayList<>();
    private volatile long maxMillis;
    private volatile int writes;

    /**
     * @param setTimeout the statement that sets the session's lock timeout
     * @param writes     statements run in turn; {@code %d} is replaced by a growing counter
     */
    ConcurrentWriter(TestDatabase db, String setTimeout, List<String> writes) throws SQLException {
        Connection connection = db.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute(setTimeout);
        }
        thread = new Thread(() -> loop(connection, writes), "concurrent-writer");
        thread.start();
    }

    private void loop(Connection connection, List<String> statements) {
        try (connection; Statement statement = connection.createStatement()) {
            for (int i = 1_000_000; running.get(); i++) {
                String sql = statements.get(i % statements.size()).replace("%d", Integer.toString(i));
                long start = System.nanoTime();
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(sql + ": " + e.getMessage());
                    }
                }
                maxMillis = Math.max(maxMillis, (System.nanoTime() - start) / 1_000_000);
                writes++;
            }
        } catch (SQLException e) {
            synchronized (failures) {
                failures.add(e.getMessage());
            }
        }
    }

    long maxMillis() {
        return maxMillis;
    }

    int writes() {
        return writes;
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join();
    }
}
