package dev.shale.migrate.execution;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.dialect.MigrationLock;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Takes the migration lock by polling, so that a waiting deployer never sits in an open
 * transaction or a blocked statement (which a concurrent CREATE INDEX CONCURRENTLY of the
 * lock holder would wait for). Says who holds it, and gives up after the lock timeout.
 */
final class LockWaiter {
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private final MigrationListener listener;

    LockWaiter(MigrationListener listener) {
        this.listener = listener;
    }

    void acquire(MigrationLock lock, Connection connection, Duration timeout) throws SQLException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        String holder = null;
        while (!lock.tryAcquire(connection)) {
            if (holder == null) {
                holder = lock.holder(connection).orElse("another deployer");
                listener.event(new MigrationEvent.LockWaiting(holder, timeout));
            }
            if (System.nanoTime() > deadline) {
                listener.event(new MigrationEvent.LockTimedOut(holder, timeout));
                throw new ShaleException(ExitCode.MIGRATION_FAILED,
                        "gave up after " + timeout.toSeconds() + "s waiting for the migration lock held by " + holder,
                        "another deployer is migrating this database; wait for it to finish, or raise "
                                + "lock_timeout in shale.toml");
            }
            sleep(pause);
            pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
        }
        listener.event(new MigrationEvent.LockAcquired(holder != null, (System.nanoTime() - started) / 1_000_000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShaleException(ExitCode.MIGRATION_FAILED, "interrupted while waiting for the migration lock",
                    "run the command again");
        }
    }
}
