package dev.shale.migrate.execution;

import dev.shale.dialect.CommitOrder;
import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.SqlLiterals;
import dev.shale.dialect.TableWork;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.steps.PlannedStep;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies pending migrations in order for {@link ScriptExecutor}, fresh ones that only create
 * tables in groups ({@link RoundTripGroups}) the way the dialect allows: one batch per group
 * (PostgreSQL), divided between two sessions when a run has many ({@link TwoSessions}), or one
 * commit per group (SQLite). Each migration keeps its own history row. After a failure the
 * migrations before the failing one are reported applied and the rest of the group runs one at a
 * time through the executor, which names the failing statement; every other migration runs
 * alone there too.
 */
final class GroupedApply {
    /** How many migrations of groups a run needs before it opens a second session. */
    static final int TWO_SESSIONS_FROM = 2 * RoundTripGroups.MOST_MIGRATIONS;

    private final ScriptExecutor executor;
    private final StatementRunner runner;
    private final MigrationSession session;
    private final MigrationListener listener;
    private final HistoryTable history;
    /** How to write a history row into a batch; present when {@link #batches}. */
    private final Optional<SqlLiterals> literals;
    private final ExecutionEvents events;
    /** Groups go as one batch, their history rows written as literals (PostgreSQL). */
    private final boolean batches;
    /** Groups share one commit (SQLite); never in a dry run, which records statement by statement. */
    private final boolean sharesCommits;
    /**
     * The dialect's {@link MigrationSupport#tableWork}, each statement classified once for both
     * the groups and the two sessions (keyed by identity: both see the same statement strings).
     */
    private final Function<String, Optional<TableWork>> tableWork;

    GroupedApply(ScriptExecutor executor, StatementRunner runner, MigrationSession session,
                 Optional<SqlLiterals> literals, ExecutionEvents events, boolean batches) {
        this.executor = executor;
        this.runner = runner;
        this.session = session;
        MigrationSupport support = session.support();
        this.listener = session.listener();
        this.history = session.historyTable();
        this.literals = literals;
        this.events = events;
        this.batches = batches;
        this.sharesCommits = support.sharesCommits() && runner instanceof JdbcRunner;
        Map<String, Optional<TableWork>> classified = new IdentityHashMap<>();
        this.tableWork = sql -> classified.computeIfAbsent(sql, support::tableWork);
    }

    /**
     * Applies {@code steps} in order, each with its prepared up section: where the dialect allows,
     * consecutive fresh migrations that only create tables and add to them go to the server in one
     * round trip ({@link RoundTripGroups}), and when there are many of them on two sessions at once
     * ({@link TwoSessions}), or share a commit ({@link #applyInOneCommit}); every other one alone
     * ({@link ScriptExecutor#apply}).
     */
    List<AppliedMigration> applyInOrder(List<PlannedStep> steps, List<PreparedScript> scripts) {
        List<Integer> sizes = batches || sharesCommits ? RoundTripGroups.sizes(steps, scripts, tableWork)
                : Collections.nCopies(steps.size(), 1);
        List<AppliedMigration> applied = new ArrayList<>();
        // Opened for the first group that can use it; not when few migrations are grouped (a second
        // connection would cost more than it saves), nor after a migration ran alone: it may have
        // changed the session (SET search_path, SET ROLE), which the second one would not share.
        boolean twoSessionsAllowed = batches && runner instanceof JdbcRunner
                && sizes.stream().filter(size -> size > 1).mapToInt(Integer::intValue).sum() >= TWO_SESSIONS_FROM;
        TwoSessions two = null;
        try {
            int first = 0;
            for (int size : sizes) {
                List<PlannedStep> groupSteps = steps.subList(first, first + size);
                List<PreparedScript> groupScripts = scripts.subList(first, first + size);
                Optional<boolean[]> sides = twoSessionsAllowed && size > 1 ? TwoSessions.sides(groupScripts, tableWork)
                        : Optional.empty();
                if (sides.isPresent() && two == null) {
                    two = twoSessions().orElse(null);
                    twoSessionsAllowed = two != null;
                }
                if (sides.isPresent() && two != null) {
                    applied.addAll(applyOnTwoSessions(two, groupSteps, groupScripts, sides.get()));
                    // After a failure, what is left runs on this session alone.
                    twoSessionsAllowed = two.intact();
                } else if (size > 1 && batches) {
                    applied.addAll(applyTogether(groupSteps, groupScripts));
                } else if (size > 1) {
                    applied.addAll(applyInOneCommit(groupSteps, groupScripts));
                } else {
                    twoSessionsAllowed = false;
                    applied.add(executor.apply(steps.get(first), scripts.get(first)));
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
     * one at a time ({@link ScriptExecutor#apply}), which names the failing statement or retries a lock timeout.
     */
    private List<AppliedMigration> applyTogether(List<PlannedStep> steps, List<PreparedScript> scripts) {
        int firstRank = executor.nextRank();
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
        int firstRank = executor.nextRank();
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
     * ({@link ScriptExecutor#apply}), which names the failing statement. Events as for {@link #applyTogether}.
     */
    private List<AppliedMigration> applyInOneCommit(List<PlannedStep> steps, List<PreparedScript> scripts) {
        int firstRank = executor.nextRank();
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
            runner.run(history.insert(executor.entry(step.script(), rank, true, total, total, (System.nanoTime() - start) / 1_000_000)));
            runner.execute("RELEASE shale_migration");
            return true;
        } catch (SQLException failed) {
            runner.execute("ROLLBACK TO shale_migration");
            runner.execute("RELEASE shale_migration");
            return false;
        }
    }

    /** Each migration's statements and its history row, for a batch; ranks from {@code firstRank}. */
    private List<List<String>> groupWrites(List<PlannedStep> steps, List<PreparedScript> scripts, int firstRank) {
        List<List<String>> migrations = new ArrayList<>();
        try {
            for (int m = 0; m < steps.size(); m++) {
                List<String> writes = new ArrayList<>();
                scripts.get(m).statements().forEach(statement -> writes.add(statement.sql()));
                int total = scripts.get(m).statements().size();
                writes.add(history.insertInBatch(executor.entry(steps.get(m).script(), firstRank + m, true, total, total, 0),
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
        executor.ranksTaken(committed);
        for (int m = committed; m < steps.size(); m++) {
            applied.add(executor.apply(steps.get(m), scripts.get(m)));
        }
        return applied;
    }
}
