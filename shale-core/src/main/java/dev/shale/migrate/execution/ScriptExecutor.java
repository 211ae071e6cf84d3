package dev.shale.migrate.execution;

import dev.shale.dialect.CommitOrder;
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
import java.util.Collections;
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
    /** How many migrations of round-trip groups a run needs before it opens a second session. */
    static final int TWO_SESSIONS_FROM = 2 * RoundTripGroups.MOST_MIGRATIONS;
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
     * Applies {@code steps} in order, each with its prepared up section: where the dialect allows,
     * consecutive fresh migrations that only create tables and add to them go to the server in one
     * round trip ({@link RoundTripGroups}), and when there are many of them on two sessions at once
     * ({@link TwoSessions}), or share a commit ({@link #applyInOneCommit}); every other one alone
     * ({@link #apply}).
     */
    public List<AppliedMigration> applyInOrder(List<PlannedStep> steps, List<PreparedScript> scripts) {
        List<Integer> sizes = batchesHistory() || sharesCommits() ? RoundTripGroups.sizes(steps, scripts, support)
                : Collections.nCopies(steps.size(), 1);
        List<AppliedMigration> applied = new ArrayList<>();
        // Opened for the first group that can use it; not when few migrations are grouped (a second
        // connection would cost more than it saves), nor after a migration ran alone: it may have
        // changed the session (SET search_path, SET ROLE), which the second one would not share.
        boolean twoSessionsAllowed = batchesHistory() && runner instanceof JdbcRunner
                && sizes.stream().filter(size -> size > 1).mapToInt(Integer::intValue).sum() >= TWO_SESSIONS_FROM;
        TwoSessions two = null;
        try {
            int first = 0;
            for (int size : sizes) {
                List<PlannedStep> groupSteps = steps.subList(first, first + size);
                List<PreparedScript> groupScripts = scripts.subList(first, first + size);
                Optional<boolean[]> sides = twoSessionsAllowed && size > 1 ? TwoSessions.sides(groupScripts, support)
                        : Optional.empty();
                if (sides.isPresent() && two == null) {
                    two = twoSessions().orElse(null);
                    twoSessionsAllowed = two != null;
                }
                if (sides.isPresent() && two != null) {
                    applied.addAll(applyOnTwoSessions(two, groupSteps, groupScripts, sides.get()));
                    // After a failure, what is left runs on this session alone.
                    twoSessionsAllowed = two.intact();
                } else if (size > 1 && batchesHistory()) {
                    applied.addAll(applyTogether(groupSteps, groupScripts));
                } else if (size > 1) {
                    applied.addAll(applyInOneCommit(groupSteps, groupScripts));
                } else {
                    twoSessionsAllowed = false;
                    applied.add(apply(steps.get(first), scripts.get(first)));
                }
                first += size;
            }
        } finally {
            if (two != null) {
                two.close();
            }
        }
        return applied;
    }

    /** The session and a second one, where the dialect can keep their commits in order and the server gives one. */
    private Optional<TwoSessions> twoSessions() {
        Optional<CommitOrder> order = session.commitOrder();
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Optional<TwoSessions> two = session.secondConnection().map(second -> new TwoSessions(runner, second, order.get()));
        two.ifPresent(t -> listener.progress("new tables go to the server on two sessions, committing in order"));
        return two;
    }

    /**
     * Fresh migrations in one batch, each in its own transaction with its history row: {@code
     * stmts, row, COMMIT, BEGIN, stmts, row, COMMIT, …}. Their events follow once the batch
     * returned, each migration with an equal share of its time (the history rows hold each one's
     * own, taken by the server). If the batch fails, the server skipped everything after the
     * failing statement: the migrations that committed before it are reported, and the rest run
     * one at a time ({@link #apply}), which names the failing statement or retries a lock timeout.
     */
    private List<AppliedMigration> applyTogether(List<PlannedStep> steps, List<PreparedScript> scripts) {
        int firstRank = nextRank;
        List<String> batch = new ArrayList<>();
        List<List<String>> migrations = groupWrites(steps, scripts, firstRank);
        for (int m = 0; m < migrations.size(); m++) {
            if (m > 0) {
                batch.add("BEGIN");
            }
            batch.addAll(migrations.get(m));
            batch.add("COMMIT");
        }
        session.writing();
        long start = System.nanoTime();
        boolean whole;
        try {
            runner.begin();
            runner.executeBatch(batch);
            // The batch ended with COMMIT: this only leaves the driver's transaction mode.
            runner.commit();
            whole = true;
        } catch (SQLException failed) {
            runner.rollbackQuietly();
            whole = false;
        }
        return groupApplied(steps, scripts, firstRank, whole, start);
    }

    /** As {@link #applyTogether}, the group's migrations divided between two sessions ({@link TwoSessions}). */
    private List<AppliedMigration> applyOnTwoSessions(TwoSessions two, List<PlannedStep> steps,
                                                      List<PreparedScript> scripts, boolean[] onSecond) {
        int firstRank = nextRank;
        List<List<String>> migrations = groupWrites(steps, scripts, firstRank);
        session.writing();
        long start = System.nanoTime();
        boolean whole = two.apply(migrations, onSecond, firstRank);
        return groupApplied(steps, scripts, firstRank, whole, start);
    }

    /**
     * Fresh migrations in one transaction, each in a savepoint with its history row (see
     * {@link MigrationSupport#sharesCommits}): one commit for all of them. A failing one is rolled
     * back to its savepoint and the ones before it commit; it and the rest then run one at a time
     * ({@link #apply}), which names the failing statement. Events as for {@link #applyTogether}.
     */
    private List<AppliedMigration> applyInOneCommit(List<PlannedStep> steps, List<PreparedScript> scripts) {
        int firstRank = nextRank;
        session.writing();
        long start = System.nanoTime();
        int done = 0;
        try {
            runner.begin();
            for (; done < steps.size(); done++) {
                if (!inSavepoint(steps.get(done), scripts.get(done), firstRank + done)) {
                    break;
                }
            }
            runner.commit();
        } catch (SQLException failed) {
            runner.rollbackQuietly();
            done = 0;
        }
        return groupApplied(steps, scripts, firstRank, done == steps.size(), start);
    }

    /** One migration of {@link #applyInOneCommit}: true when it is in, false when it was rolled back to its savepoint. */
    private boolean inSavepoint(PlannedStep step, PreparedScript prepared, int rank) throws SQLException {
        long start = System.nanoTime();
        runner.execute("SAVEPOINT shale_migration");
        try {
            for (var statement : prepared.statements()) {
                runner.execute(statement.sql());
            }
            int total = prepared.statements().size();
            runner.run(history.insert(entry(step.script(), rank, true, total, total, millisSince(start))));
            runner.execute("RELEASE shale_migration");
            return true;
        } catch (SQLException failed) {
            runner.execute("ROLLBACK TO shale_migration");
            runner.execute("RELEASE shale_migration");
            return false;
        }
    }

    /** True when several fresh migrations may share a commit, outside a dry run (which records statement by statement). */
    private boolean sharesCommits() {
        return support.sharesCommits() && runner instanceof JdbcRunner;
    }

    /** Each migration's statements and its history row, for a batch; ranks from {@code firstRank}. */
    private List<List<String>> groupWrites(List<PlannedStep> steps, List<PreparedScript> scripts, int firstRank) {
        List<List<String>> migrations = new ArrayList<>();
        try {
            for (int m = 0; m < steps.size(); m++) {
                List<String> writes = new ArrayList<>();
                scripts.get(m).statements().forEach(statement -> writes.add(statement.sql()));
                int total = scripts.get(m).statements().size();
                writes.add(history.insertInBatch(entry(steps.get(m).script(), firstRank + m, true, total, total, 0),
                        literals.get()));
                migrations.add(writes);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the driver cannot quote a history value", e);
        }
        return migrations;
    }

    /**
     * After a group: the migrations that committed (all when {@code whole}, else as the history
     * says; always the first ones) are reported, each with an equal share of the time since
     * {@code start}, and the rest run one at a time.
     */
    private List<AppliedMigration> groupApplied(List<PlannedStep> steps, List<PreparedScript> scripts, int firstRank,
                                                boolean whole, long start) {
        int committed = whole ? steps.size() : (int) session.readHistory().orElse(List.of()).stream()
                .filter(row -> row.rank() >= firstRank).count();
        long share = committed == 0 ? 0 : Math.round((System.nanoTime() - start) / 1e6 / committed);
        List<AppliedMigration> applied = new ArrayList<>();
        for (int m = 0; m < committed; m++) {
            PreparedScript prepared = scripts.get(m);
            events.started(prepared, false);
            events.batchExecuted(prepared, share, 1);
            applied.add(events.finished(prepared, share, false));
        }
        nextRank = firstRank + committed;
        for (int m = committed; m < steps.size(); m++) {
            applied.add(apply(steps.get(m), scripts.get(m)));
        }
        return applied;
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

    private HistoryEntry entry(MigrationScript script, int rank, boolean success, int applied, int total, long millis) {
        return new HistoryEntry(rank, script.version(), script.description(),
                script.repeatable() ? HistoryKind.REPEATABLE : HistoryKind.UP, script.script(), script.checksum(),
                Instant.now(), appliedBy, millis, success, applied, total);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
