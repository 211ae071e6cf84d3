package dev.shale.dialect.sqlite;

import dev.shale.dialect.MigrationLock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The migration lock of a SQLite database: an operating-system lock on a file beside it
 * ({@code app.db.shale-lock}). SQLite has no session lock that outlives a transaction, and
 * holding its write lock for a whole run would put every migration into one transaction.
 * The operating system releases the lock when the process ends, however it ends. A separate
 * file is used because POSIX record locks on the database file itself would be dropped
 * together with SQLite's own locks (https://www.sqlite.org/howtocorrupt.html#_posix_advisory_locks_canceled_by_a_separate_thread_doing_close_).
 * An in-memory database has a single connection and needs no lock.
 */
final class LockFile implements MigrationLock {
    private final Path file;
    private FileChannel channel;
    private FileLock lock;

    LockFile(String database) {
        this.file = database.equals(SqliteDialect.MEMORY) ? null : Path.of(database + ".shale-lock");
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        if (file == null) {
            return true;
        }
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another session in this same process
        } catch (IOException e) {
            throw new SQLException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        return lock != null;
    }

    @Override
    public Optional<String> holder(Connection connection) {
        return Optional.of("another process (lock file " + file + ")");
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new SQLException("cannot unlock " + file + ": " + e.getMessage(), e);
        } finally {
            lock = null;
            channel = null;
        }
    }
}
