package dev.shale.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs catalog queries for an inspector and counts them: inspection must cost a constant
 * number of queries whatever the number of tables, and tests and benchmarks check it.
 *
 * <p>A reader that may open another session ({@link #beside}) lets an inspector run some of
 * its queries there at the same time: the server works on two queries while this process
 * reads the rows of one, which is most of the time a large schema takes to inspect.
 */
public final class CatalogReader {
    /** What {@link #beside}'s thread returns when it could not open a session. */
    private static final Object NO_SESSION = new Object();

    private final Connection connection;
    private final Supplier<Connection> sessions;
    private final AtomicInteger queries;

    public CatalogReader(Connection connection) {
        this(connection, null);
    }

    /**
     * @param sessions opens another read-only session on the same database for {@link #beside};
     *                 null when only {@code connection} may be used (a borrowed one)
     */
    public CatalogReader(Connection connection, Supplier<Connection> sessions) {
        this(connection, sessions, new AtomicInteger());
    }

    private CatalogReader(Connection connection, Supplier<Connection> sessions, AtomicInteger queries) {
        this.connection = connection;
        this.sessions = sessions;
        this.queries = queries;
    }

    /** Maps one row of a result set; called once per row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Catalog work that {@link #beside} runs on a reader, this one or one of its own session. */
    @FunctionalInterface
    public interface Work<T> {
        T run(CatalogReader reader) throws SQLException;
    }

    /** The result of work started by {@link #beside}. */
    @FunctionalInterface
    public interface Pending<T> {
        /** Waits for the work and returns its result, or throws its failure. */
        T get() throws SQLException;
    }

    /** Runs {@code sql} with {@code parameters} bound in order and maps every row. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        queries.incrementAndGet();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /**
     * Starts {@code work} on a second session, in a thread of its own, while the caller goes on
     * with this reader; its queries count with this reader's. The session is closed when the
     * work ends. When this reader may not open a session, or opening one fails (a server at its
     * connection limit), the work runs on this reader instead, when its result is asked for.
     * The work tells the two apart by the reader it is given: {@code reader != this} is a new
     * session, with none of the settings this one has.
     */
    public <T> Pending<T> beside(Work<T> work) {
        if (sessions == null) {
            return () -> work.run(this);
        }
        FutureTask<Object> task = new FutureTask<>(() -> {
            Connection other;
            try {
                other = sessions.get();
            } catch (RuntimeException unavailable) {
                return NO_SESSION;
            }
            try (other) {
                return work.run(new CatalogReader(other, null, queries));
            }
        });
        Thread thread = new Thread(task, "shale-catalog");
        // Never keeps the process alive: the caller waits for the result or has failed already.
        thread.setDaemon(true);
        thread.start();
        return () -> {
            Object result = await(task);
            @SuppressWarnings("unchecked")
            T done = (T) result;
            return result == NO_SESSION ? work.run(this) : done;
        };
    }

    private static <T> T await(FutureTask<T> task) throws SQLException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the catalog", e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof SQLException sql) {
                throw sql;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Number of queries run so far. */
    public int queryCount() {
        return queries.get();
    }
}
