package dev.shale.migrate.execution;

import dev.shale.dialect.MigrationSupport;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationFailedException;
import dev.shale.migrate.MigrationListener;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * Runs migration work and retries it, with back-off, when a statement gave up waiting for a
 * table lock (the statement lock timeout): a migration must never queue long behind another
 * transaction while blocking all other traffic, but a short busy moment should not fail a deploy.
 * Any other failure becomes a {@link MigrationFailedException} that says where and what remains.
 */
final class LockTimeoutRetry {
    static final int RETRIES = 3;
    private static final long FIRST_BACKOFF_MILLIS = 500;

    /** Work that may fail on the database. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private final MigrationSupport support;
    private final StatementRunner runner;
    private final MigrationListener listener;
    private int attempt = 1;

    LockTimeoutRetry(MigrationSupport support, StatementRunner runner, MigrationListener listener) {
        this.support = support;
        this.runner = runner;
        this.listener = listener;
    }

    /** The attempt under way (from 1), which statement events carry. */
    int attempt() {
        return attempt;
    }

    /** The whole transaction is retried; on failure it is rolled back and nothing of it remains. */
    void inTransaction(PreparedScript prepared, boolean revert, Work transaction) {
        for (attempt = 1; ; attempt++) {
            try {
                transaction.run();
                return;
            } catch (SQLException e) {
                runner.rollbackQuietly();
                int failedAt = e instanceof StatementFailure failure ? failure.index : -1;
                if (!retryAfter(e, prepared, failedAt, true)) {
                    int index = e instanceof StatementFailure failure ? failure.index : -1;
                    failed(prepared, index, revert, e);
                    throw new MigrationFailedException(describe(prepared, index, e), revert
                            ? "it was rolled back: the migration stays applied. Fix the down section (then run "
                                    + "'shale hash') or the cause, and run the command again"
                            : "it was rolled back: nothing of it was applied. Fix the cause (if you edit the file, "
                                    + "run 'shale hash'), then run the command again", root(e));
                }
            }
        }
    }

    /** One statement outside a transaction: retried alone; a failure leaves the ones before it applied. */
    void statement(PreparedScript prepared, int index, boolean revert, Work statement) {
        for (attempt = 1; ; attempt++) {
            try {
                statement.run();
                return;
            } catch (SQLException e) {
                if (!retryAfter(e, prepared, index, false)) {
                    failed(prepared, index, revert, e);
                    throw new MigrationFailedException(describe(prepared, index, e),
                            revert ? revertHint(prepared, index) : stepwiseHint(prepared, index), root(e));
                }
            }
        }
    }

    private void failed(PreparedScript prepared, int index, boolean revert, SQLException e) {
        listener.event(new MigrationEvent.MigrationFailed(ExecutionEvents.version(prepared.script()),
                prepared.script().script(), revert, index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1),
                prepared.statements().size(), ExecutionEvents.firstLine(root(e)).orElse(e.toString())));
    }

    private static SQLException root(SQLException e) {
        return e instanceof StatementFailure failure ? (SQLException) failure.getCause() : e;
    }

    private boolean retryAfter(SQLException e, PreparedScript prepared, int index, boolean wholeTransaction) {
        if (!support.isLockTimeout(root(e)) || attempt > RETRIES) {
            return false;
        }
        long backoff = FIRST_BACKOFF_MILLIS << (attempt - 1);
        listener.event(new MigrationEvent.MigrationRetried(ExecutionEvents.version(prepared.script()),
                prepared.script().script(), index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1), attempt + 1,
                RETRIES, backoff, wholeTransaction));
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    private static String describe(PreparedScript prepared, int index, SQLException e) {
        String reason = ExecutionEvents.firstLine(root(e)).orElse(e.toString());
        if (index < 0) {
            return prepared.script().script() + " failed: " + reason;
        }
        return prepared.location(index) + ": statement " + (index + 1) + " of " + prepared.statements().size()
                + " failed: " + reason;
    }

    private static String stepwiseHint(PreparedScript prepared, int index) {
        if (index <= 0) {
            return "no statement of it was applied; fix the cause and run the command again";
        }
        return "statements 1 to " + index + " of " + prepared.statements().size() + " ran outside a transaction and "
                + "stay applied; fix the cause, then 'shale migrate' resumes at statement " + (index + 1)
                + " ('shale status' shows it). To start over instead, undo them by hand and run 'shale repair'";
    }

    private static String revertHint(PreparedScript prepared, int index) {
        return (index < 0 ? "the down section ran, but the history row could not be removed"
                : "statements 1 to " + index + " of the down section ran outside a transaction and stay applied")
                + "; the history still lists the migration as applied. Finish reverting by hand, or re-apply it";
    }

    /** A statement failure that knows which statement it was. */
    static final class StatementFailure extends SQLException {
        final int index;

        StatementFailure(int index, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
            this.index = index;
        }
    }
}
