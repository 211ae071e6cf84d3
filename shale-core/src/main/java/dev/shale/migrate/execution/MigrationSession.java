package dev.shale.migrate.execution;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.dialect.CommitOrder;
import dev.shale.dialect.MigrationLock;
import dev.shale.dialect.MigrationSupport;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.history.SqlCommand;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * One connection to the environment's database for a whole command: the migration lock (held
 * by this connection, released when it closes) and the history table.
 */
public final class MigrationSession implements AutoCloseable {
    private final Environment environment;
    private final Connection connection;
    private final HistoryTable history;
    private final MigrationListener listener;
    private MigrationLock lock;
    /** The history as {@link #lockAndReadHistoryIfFree} read it, held under the lock since; null when not read so. */
    private Optional<List<HistoryEntry>> readUnderLock;
    private boolean unflushed;
    /** The second connection {@link #secondConnection} opened; null before, or when it could not be opened. */
    private Connection second;
    private boolean secondTried;

    private MigrationSession(Environment environment, Connection connection, MigrationListener listener) {
        this.environment = environment;
        this.connection = connection;
        this.history = new HistoryTable(environment.url().dialect(), environment);
        this.listener = listener;
    }

    /** Connects and prepares the session (statement lock timeout and the like). */
    public static MigrationSession open(Environment environment, MigrationListener listener) {
        try {
            return new MigrationSession(environment, preparedConnection(environment), listener);
        } catch (SQLException e) {
            throw failure("cannot prepare the migration session", e);
        }
    }

    private static Connection preparedConnection(Environment environment) throws SQLException {
        Connection connection = environment.url().connect();
        try {
            connection.setAutoCommit(true);
            environment.url().dialect().migrations().prepareSession(connection, environment.statementLockTimeout());
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    public HistoryTable historyTable() {
        return history;
    }

    public MigrationSupport support() {
        return environment.url().dialect().migrations();
    }

    public Environment environment() {
        return environment;
    }

    public MigrationListener listener() {
        return listener;
    }

    /**
     * A second connection to the same database, prepared as this one, for migrations applied on
     * two sessions at once (see {@link MigrationSupport#commitOrder}); opened on first use and
     * closed with this session. Empty for a borrowed connection (a pool may have no second one
     * to give) or when it cannot be opened: the migrations then run on this session alone.
     */
    public Optional<Connection> secondConnection() {
        if (!secondTried && !environment.url().borrowed()) {
            secondTried = true;
            try {
                second = preparedConnection(environment);
            } catch (SQLException | RuntimeException unavailable) {
                // A server that refuses one more session still serves this one.
            }
        }
        return Optional.ofNullable(second);
    }

    /** The SQL that keeps the commits of migrations on two sessions in order, where the dialect has it. */
    public Optional<CommitOrder> commitOrder() {
        return support().commitOrder(history.sqlName(), lockName());
    }

    /** Waits (bounded by lock_timeout) until this session holds the migration lock; at once if it does. */
    public void lock() {
        if (lock != null) {
            return;
        }
        MigrationLock candidate = lockCandidate();
        try {
            new LockWaiter(listener).acquire(candidate, connection, environment.lockTimeout());
            lock = candidate;
        } catch (SQLException e) {
            throw failure("cannot take the migration lock", e);
        }
    }

    /**
     * Takes the migration lock if it is free now, without waiting, and then reads the history
     * table under it for {@link #readOrCreateHistory}. A command does this while its migration
     * directory is still being read; a lock held by another deployer is waited for by
     * {@link #lock()} once the directory has checked out.
     */
    public void lockAndReadHistoryIfFree() {
        MigrationLock candidate = lockCandidate();
        long started = System.nanoTime();
        try {
            if (!candidate.tryAcquire(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw failure("cannot take the migration lock", e);
        }
        lock = candidate;
        listener.event(new MigrationEvent.LockAcquired(false, (System.nanoTime() - started) / 1_000_000));
        readUnderLock = readHistory();
    }

    private MigrationLock lockCandidate() {
        return support().lock(environment.url(), lockName());
    }

    private String lockName() {
        return environment.url().database() + "/" + history.displayName();
    }

    /** The history rows, or empty when the history table does not exist yet. */
    public Optional<List<HistoryEntry>> readHistory() {
        try {
            return history.read(connection);
        } catch (SQLException e) {
            throw failure("cannot read the history table " + history.displayName(), e);
        }
    }

    /**
     * The history rows, creating the table on first use and adding the backup columns to a table
     * of an earlier version. Call it holding the lock, so that only one deployer changes the table.
     */
    public List<HistoryEntry> readOrCreateHistory() {
        Optional<List<HistoryEntry>> rows = readUnderLock != null ? readUnderLock : readHistory();
        readUnderLock = null;
        if (rows.isPresent()) {
            upgradeHistory();
            return rows.get();
        }
        try {
            for (SqlCommand command : history.create()) {
                command.execute(connection);
            }
        } catch (SQLException e) {
            throw failure("cannot create the history table " + history.displayName(), e);
        }
        listener.progress("created the history table " + history.displayName());
        return List.of();
    }

    private void upgradeHistory() {
        try {
            if (history.hasBackupColumns(connection)) {
                return;
            }
            for (SqlCommand command : history.addBackupColumns()) {
                command.execute(connection);
            }
        } catch (SQLException e) {
            throw failure("cannot add the backup columns to the history table " + history.displayName(), e);
        }
        listener.progress("added the columns backup_path and backup_bytes to the history table "
                + history.displayName());
    }

    /** Notes that this session is about to commit changes, which {@link #flushCommits} or closing makes durable. */
    public void writing() {
        unflushed = true;
    }

    /** Makes every migration this session committed durable (see {@link MigrationSupport#flushCommits}). */
    public void flushCommits() {
        if (!unflushed) {
            return;
        }
        try {
            support().flushCommits(connection);
            unflushed = false;
        } catch (SQLException e) {
            throw failure("cannot flush the committed migrations to disk", e);
        }
    }

    /** Runs history writes outside a migration (repair, baseline). */
    public void write(List<SqlCommand> commands) {
        JdbcRunner runner = new JdbcRunner(connection);
        writing();
        try {
            runner.begin();
            for (SqlCommand command : commands) {
                runner.run(command);
            }
            runner.commit();
        } catch (SQLException e) {
            runner.rollbackQuietly();
            throw failure("cannot write the history table " + history.displayName(), e);
        }
    }

    static ShaleException failure(String doing, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return new ShaleException(ExitCode.DATABASE_UNAVAILABLE, doing + ": " + message,
                "check the connection and that the user may create and write the history table", e);
    }

    @Override
    public void close() {
        if (second != null) {
            // Its commits are made durable by this session's flush below: the WAL is one for both.
            closeQuietly(second);
            second = null;
        }
        if (lock != null) {
            try {
                // After a failure too: what was committed before it stays.
                if (unflushed) {
                    support().flushCommits(connection);
                }
            } catch (SQLException e) {
                // The connection is broken; the server's WAL writer flushes within a fraction of a second.
            }
            try {
                lock.release(connection);
            } catch (SQLException e) {
                // Closing the connection below releases a session lock too.
            }
            closeQuietly(connection);
            listener.event(new MigrationEvent.LockReleased());
            return;
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing more to release.
        }
    }
}
