package dev.shale.migrate;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of a migration command, for deployment logs and alerts: the lock, each migration
 * and each of its statements. Versions are empty for repeatable migrations; statement numbers
 * count from 1. No event carries a URL or a credential.
 */
public sealed interface MigrationEvent {

    /** The line a person reads for this event, or empty when only a log records it. */
    Optional<String> line();

    /** Another deployer holds the migration lock; this one waits up to {@code timeout}. */
    record LockWaiting(String holder, Duration timeout) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.of("waiting for the migration lock held by " + holder + " (up to "
                    + timeout.toSeconds() + "s)");
        }
    }

    /** The lock was taken; {@code waited} when another deployer held it first. */
    record LockAcquired(boolean waited, long waitedMillis) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return waited ? Optional.of("got the migration lock") : Optional.empty();
        }
    }

    /** Waiting for the lock exceeded the lock timeout; the command gives up. */
    record LockTimedOut(String holder, Duration timeout) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.empty();
        }
    }

    /** The lock was given back (the command is done, whatever its outcome). */
    record LockReleased() implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.empty();
        }
    }

    /** A migration's up ({@code revert} false) or down section starts. */
    record MigrationStarted(String version, String script, boolean revert, int statements) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.empty();
        }
    }

    /**
     * One statement ran; {@code firstLine} is the first line of its SQL. {@code attempt} counts from 1;
     * a statement of a transaction that was retried reports again, with the next attempt (see
     * {@link MigrationRetried}).
     */
    record StatementExecuted(String version, String script, int statement, int statements, long millis,
                             String firstLine, int attempt) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.empty();
        }
    }

    /**
     * A migration's section ran completely and is recorded in the history. Fresh migrations that
     * only create tables go to the server several at a time (see {@code RoundTripGroups}); their
     * events come when the group returned, and each has an equal share of the group's time.
     */
    record MigrationFinished(String version, String script, String label, boolean revert, long millis,
                             int statements) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.of((revert ? "reverted " : "applied ") + label + " (" + millis + " ms)");
        }
    }

    /**
     * A migration's section failed; {@code statement} is empty when the failure was not in one of
     * its statements (a history write), {@code message} the database's first line.
     */
    record MigrationFailed(String version, String script, boolean revert, OptionalInt statement, int statements,
                           String message) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.empty();
        }
    }

    /**
     * A statement gave up waiting for a table lock and is tried again after {@code backoffMillis}.
     * With {@code wholeTransaction} the migration's transaction was rolled back, so the statements
     * reported executed in the attempt before did not stay; they run (and report) again.
     *
     * @param statement the statement that gave up (from 1), when known
     * @param attempt   the attempt about to start: 2 for the first retry
     * @param retries   how many retries there are at most
     */
    record MigrationRetried(String version, String script, OptionalInt statement, int attempt, int retries,
                            long backoffMillis, boolean wholeTransaction) implements MigrationEvent {
        @Override
        public Optional<String> line() {
            return Optional.of(script + ": a table lock was not granted in time; retry " + (attempt - 1) + " of "
                    + retries + " in " + backoffMillis + " ms");
        }
    }
}
