package dev.shale.migrate.execution;

import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.SessionOverride;
import dev.shale.dialect.SqlLiterals;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationFailedException;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryKind;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.history.SqlCommand;
import dev.shale.migrate.steps.PlannedStep;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Applies and reverts migrations on one session. A migration that can run in a transaction
 * runs in one together with its history row, so it is either entirely there or not at all.
 * Otherwise its statements run one by one and the history row records, after each, how many
 * ran; after a failure or a crash, the next run resumes at the first one that did not.
 */
public final class ScriptExecutor {
    private final StatementRunner runner;
    private final HistoryTable history;
    private final LockTimeoutRetry retry;
    private final MigrationListener listener;
    private final MigrationSupport support;
    private final Duration statementLockTimeout;
    private final String appliedBy = System.getProperty("user.name", "unknown");
    private final boolean batches;
    /** How to write a history row into a migration's batch; empty where it goes on its own. */
    private final Optional<SqlLiterals> literals;
    private final MigrationSession session;
    private final ExecutionEvents events;
    private int nextRank;

    private ScriptExecutor(StatementRunner runner, MigrationSession session, int nextRank) {
        this.runner = runner;
        this.session = session;
        this.history = session.historyTable();
        this.listener = session.listener();
        this.support = session.support();
        this.statementLockTimeout = session.environment().statementLockTimeout();
        this.retry = new LockTimeoutRetry(session.support(), runner, session.listener());
        // A dry run records statement by statement.
        this.batches = session.support().batchesStatements() && !(runner instanceof RecordingRunner);
        this.literals = batches ? support.batchLiterals(session.connection()) : Optional.empty();
        this.events = new ExecutionEvents(listener, !(runner instanceof RecordingRunner));
        this.nextRank = nextRank;
    }

    /** Runs on the session's database. */
    public static ScriptExecutor live(MigrationSession session, List<HistoryEntry> history) {
        return new ScriptExecutor(new JdbcRunner(session.connection()), session, nextRank(history));
    }

    /** Records the SQL instead of running it; {@link #recordedScript()} returns it. */
    public static ScriptExecutor dryRun(MigrationSession session, List<HistoryEntry> history) {
        return new ScriptExecutor(new RecordingRunner(), session, nextRank(history));
    }

    private static int nextRank(List<HistoryEntry> history) {
        return history.stream().mapToInt(HistoryEntry::rank).max().orElse(0) + 1;
    }

    /** The SQL a dry run recorded; empty for a live executor. */
    public List<String> recordedScript() {
        return runner instanceof RecordingRunner recording ? recording.script() : List.of();
    }

    /** Writes statements that are not part of a migration (creating the history table in a dry run). */
    public void record(List<SqlCommand> commands) throws SQLException {
        for (SqlCommand command : commands) {
            runner.run(command);
        }
    }

    /**
     * Applies {@code steps} in order, each with its prepared up section: fresh migrations that only
     * create tables together where the dialect allows ({@link GroupedApply}), every other one alone
     * ({@link #apply}).
     */
    public List<AppliedMigration> applyInOrder(List<PlannedStep> steps, List<PreparedScript> scripts) {
        return new GroupedApply(this, runner, session, literals, events, batchesHistory()).applyInOrder(steps, scripts);
    }

    /** The rank the next migration's history row gets. */
    int nextRank() {
        return nextRank;
    }

    /** Notes that {@code count} history rows were written from {@link #nextRank()} on. */
    void ranksTaken(int count) {
        nextRank += count;
    }

    public AppliedMigration apply(PlannedStep step, PreparedScript prepared) {
        MigrationScript script = step.script();
        if (runner instanceof RecordingRunner recording) {
            recording.comment(script.script());
        }
        events.started(prepared, false);
        long start = System.nanoTime();
        session.writing();
        if (prepared.inTransaction()) {
            retry.inTransaction(prepared, false, () -> applyInTransaction(step, prepared, start));
        } else {
            applyStepwise(step, prepared, start);
        }
        return events.finished(prepared, millisSince(start), false);
    }

    private void applyInTransaction(PlannedStep step, PreparedScript prepared, long start) throws SQLException {
        int total = prepared.statements().size();
        Optional<List<String>> inBatch = Optional.empty();
        if (batchesHistory()) {
            List<String> writes = new ArrayList<>();
            step.previous().ifPresent(previous -> writes.add(history.deleteInBatch(previous.rank())));
            writes.add(history.insertInBatch(entry(step.script(), nextRank, true, total, total, 0), literals.get()));
            inBatch = Optional.of(writes);
        }
        inOneTransaction(prepared, inBatch, () -> {
            if (step.previous().isPresent()) {
                runner.run(history.delete(step.previous().get().rank()));
            }
            runner.run(history.insert(entry(step.script(), nextRank, true, total, total, millisSince(start))));
        });
        nextRank++;
    }

    /**
     * Runs a migration's statements, then its history writes, and commits. Where the dialect
     * allows, the writes ({@code historyInBatch}) and the COMMIT follow the statements in their
     * batch: one round trip for the whole migration. Otherwise, or when the batch failed and the
     * statements ran again one by one, {@code historyAlone} writes the history.
     */
    private void inOneTransaction(PreparedScript prepared, Optional<List<String>> historyInBatch,
                                  LockTimeoutRetry.Work historyAlone) throws SQLException {
        runner.begin();
        List<String> tail = new ArrayList<>(historyInBatch.orElse(List.of()));
        if (!tail.isEmpty()) {
            tail.add("COMMIT");
        }
        if (runStatements(prepared, tail) && !tail.isEmpty()) {
            // The batch ended with COMMIT: this only leaves the driver's transaction mode.
            runner.commit();
            return;
        }
        historyAlone.run();
        runner.commit();
    }

    /** True when history writes can travel in a migration's batch (see {@link MigrationSupport#batchLiterals}). */
    private boolean batchesHistory() {
        return batches && literals.isPresent();
    }

    private void applyStepwise(PlannedStep step, PreparedScript prepared, long start) {
        MigrationScript script = step.script();
        int total = prepared.statements().size();
        int rank = step.previous().map(HistoryEntry::rank).orElse(nextRank);
        try {
            if (step.previous().isEmpty()) {
                // a migration without statements is done once recorded (else it would read as failed)
                runner.run(history.insert(entry(script, rank, total == 0, 0, total, 0)));
                nextRank++;
            } else {
                listener.progress("resuming " + script.label() + " at statement " + (step.resumeFrom() + 1)
                        + " of " + total);
            }
            for (int i = step.resumeFrom(); i < total; i++) {
                int index = i;
                retry.statement(prepared, index, false, () -> runStatement(prepared, index));
                boolean last = i == total - 1;
                runner.run(history.progress(rank, last, i + 1, total, script.checksum(), millisSince(start)));
            }
        } catch (SQLException e) {
            listener.event(new MigrationEvent.MigrationFailed(ExecutionEvents.version(script), script.script(), false,
                    OptionalInt.empty(), total, ExecutionEvents.firstLine(e).orElse(e.toString())));
            throw new MigrationFailedException("cannot record the progress of " + script.script() + " in "
                    + history.displayName() + ": " + e.getMessage(),
                    "check the history table; 'shale status' shows what is recorded", e);
        }
    }

    /** Runs the down section of an applied migration and removes its history row. */
    public AppliedMigration revert(HistoryEntry entry, PreparedScript prepared) {
        if (runner instanceof RecordingRunner recording) {
            recording.comment("revert " + prepared.script().script());
        }
        events.started(prepared, true);
        long start = System.nanoTime();
        session.writing();
        if (prepared.inTransaction()) {
            Optional<List<String>> inBatch = batchesHistory()
                    ? Optional.of(List.of(history.deleteInBatch(entry.rank()))) : Optional.empty();
            retry.inTransaction(prepared, true,
                    () -> inOneTransaction(prepared, inBatch, () -> runner.run(history.delete(entry.rank()))));
        } else {
            for (int i = 0; i < prepared.statements().size(); i++) {
                int index = i;
                retry.statement(prepared, index, true, () -> runStatement(prepared, index));
            }
            retry.statement(prepared, -1, true, () -> runner.run(history.delete(entry.rank())));
        }
        return events.finished(prepared, millisSince(start), true);
    }

    /**
     * All statements of a migration that runs in one transaction: one batch where the database
     * allows it, followed in that batch by {@code tail} (history writes and COMMIT). True when the
     * batch ran whole; false when the statements ran one by one instead (without the tail, the
     * transaction still open), or when there was no batch.
     */
    private boolean runStatements(PreparedScript prepared, List<String> tail) throws SQLException {
        int total = prepared.statements().size();
        if (!batches || total + tail.size() < 2) {
            for (int i = 0; i < total; i++) {
                runStatement(prepared, i);
            }
            return false;
        }
        long start = System.nanoTime();
        List<String> batch = new ArrayList<>(total + tail.size());
        prepared.statements().forEach(statement -> batch.add(statement.sql()));
        batch.addAll(tail);
        try {
            runner.executeBatch(batch);
        } catch (SQLException batchFailed) {
            SQLException cause = batchFailed.getNextException() != null ? batchFailed.getNextException() : batchFailed;
            if (support.isLockTimeout(cause)) {
                // The usual lock-timeout retry: roll back, back off, run the whole transaction again.
                int done = batchFailed instanceof BatchUpdateException partial ? partial.getUpdateCounts().length : 0;
                throw new LockTimeoutRetry.StatementFailure(Math.min(done, total - 1), cause);
            }
            // Nothing of the transaction stays; running the statements one by one again finds the
            // one that fails, for its file, line and message.
            runner.rollbackQuietly();
            runner.begin();
            for (int i = 0; i < total; i++) {
                runStatement(prepared, i);
            }
            return false;
        }
        events.batchExecuted(prepared, millisSince(start), retry.attempt());
        return true;
    }

    private void runStatement(PreparedScript prepared, int index) throws SQLException {
        String sql = prepared.statements().get(index).sql();
        long start = System.nanoTime();
        Optional<SessionOverride> override = prepared.inTransaction() ? Optional.empty()
                : support.outsideTransaction(sql, statementLockTimeout);
        try {
            for (String before : override.map(SessionOverride::before).orElse(List.of())) {
                runner.execute(before);
            }
            try {
                runner.execute(sql);
            } finally {
                for (String after : override.map(SessionOverride::after).orElse(List.of())) {
                    runner.execute(after);
                }
            }
        } catch (SQLException e) {
            throw new LockTimeoutRetry.StatementFailure(index, e);
        }
        events.statementExecuted(prepared, index, millisSince(start), retry.attempt());
    }

    HistoryEntry entry(MigrationScript script, int rank, boolean success, int applied, int total, long millis) {
        return new HistoryEntry(rank, script.version(), script.description(),
                script.repeatable() ? HistoryKind.REPEATABLE : HistoryKind.UP, script.script(), script.checksum(),
                Instant.now(), appliedBy, millis, success, applied, total);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
