package dev.shale.migrate.execution;

import dev.shale.dialect.CommitOrder;
import dev.shale.dialect.TableWork;
import dev.shale.migrate.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A group of fresh migrations that only create tables ({@link RoundTripGroups}) applied on the
 * session and a second one at once: a server creating tables mostly waits for its disk (every
 * new index is written and synced on its own), and two sessions wait side by side. Each
 * migration is still its own transaction with its history row, and the migrations commit in
 * their order: one whose predecessor runs on the other session waits for it before its COMMIT
 * and fails unless the predecessor's row is there ({@link CommitOrder}), so a failure leaves the
 * migrations before it applied and none after it, as on one session. A migration that adds to a
 * table goes to the session that creates the table.
 */
final class TwoSessions implements AutoCloseable {
    private final StatementRunner first;
    private final JdbcRunner second;
    private final CommitOrder order;
    /** False once a group failed on either session. */
    private boolean intact = true;
    private final ExecutorService secondThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "shale-second-session");
        thread.setDaemon(true);
        return thread;
    });

    TwoSessions(StatementRunner first, Connection second, CommitOrder order) {
        this.first = first;
        this.second = new JdbcRunner(second);
        this.order = order;
    }

    /**
     * The session each migration of a group runs on (true: the second), the statements balanced
     * between the two; empty when a migration adds to tables created on both, or when a session
     * would get none.
     */
    static Optional<boolean[]> sides(List<PreparedScript> scripts, Function<String, Optional<TableWork>> tableWork) {
        Map<String, Boolean> createdOnSecond = new HashMap<>();
        boolean[] onSecond = new boolean[scripts.size()];
        int[] statements = new int[2];
        for (int m = 0; m < scripts.size(); m++) {
            Boolean side = null;
            List<TableWork> work = new ArrayList<>();
            for (SqlStatement statement : scripts.get(m).statements()) {
                Optional<TableWork> each = tableWork.apply(statement.sql());
                if (each.isEmpty()) {
                    return Optional.empty();
                }
                work.add(each.get());
                Boolean creator = each.get().creates() ? null : createdOnSecond.get(each.get().table());
                if (creator != null && side != null && !side.equals(creator)) {
                    return Optional.empty();
                }
                side = creator != null ? creator : side;
            }
            if (side == null) {
                // The lighter session; on a tie, the other one than the migration before.
                side = statements[1] != statements[0] ? statements[1] < statements[0] : m > 0 && !onSecond[m - 1];
            }
            for (TableWork each : work) {
                if (each.creates()) {
                    createdOnSecond.put(each.table(), side);
                }
            }
            onSecond[m] = side;
            statements[side ? 1 : 0] += work.size();
        }
        return statements[0] == 0 || statements[1] == 0 ? Optional.empty() : Optional.of(onSecond);
    }

    /**
     * Applies the group: {@code migrations.get(m)} is migration m's statements and history row, of
     * rank {@code firstRank + m}, on the session {@code onSecond} names. True when every migration
     * committed; false after a failure on either session, which leaves the migrations before the
     * failing one committed and no other (the caller reads which from the history).
     */
    boolean apply(List<List<String>> migrations, boolean[] onSecond, int firstRank) {
        Side mine = side(migrations, onSecond, firstRank, false);
        Side theirs = side(migrations, onSecond, firstRank, true);
        try {
            // Before either batch is sent: a migration must find its predecessor's rank held.
            mine.hold(first);
            theirs.hold(second);
        } catch (SQLException e) {
            releaseQuietly(first);
            releaseQuietly(second);
            intact = false;
            return false;
        }
        Future<Boolean> theirResult = secondThread.submit(() -> theirs.run(second));
        boolean mineCommitted = mine.run(first);
        intact = join(theirResult) && mineCommitted;
        return intact;
    }

    /** True while every group so far committed whole on both sessions. */
    boolean intact() {
        return intact;
    }

    /** One session's part of a group: its batch and the ranks it holds for the other session. */
    private final class Side {
        private final List<String> batch = new ArrayList<>();
        private final List<Integer> held = new ArrayList<>();

        void hold(StatementRunner runner) throws SQLException {
            if (!held.isEmpty()) {
                runner.execute(order.hold(held));
            }
        }

        /** Runs the batch; after a failure rolls back and releases what it holds, so the other side cannot wait on it. */
        boolean run(StatementRunner runner) {
            try {
                runner.begin();
                runner.executeBatch(batch);
                // The batch ended with COMMIT (and a release): this only leaves the driver's transaction mode.
                runner.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                runner.rollbackQuietly();
                releaseQuietly(runner);
                return false;
            }
        }
    }

    private Side side(List<List<String>> migrations, boolean[] onSecond, int firstRank, boolean second) {
        Side side = new Side();
        int last = migrations.size() - 1;
        for (int m = 0; m <= last; m++) {
            if (onSecond[m] != second) {
                continue;
            }
            int rank = firstRank + m;
            if (!side.batch.isEmpty()) {
                side.batch.add("BEGIN");
            }
            side.batch.addAll(migrations.get(m));
            if (m > 0 && onSecond[m - 1] != second) {
                side.batch.add(order.awaitCommitted(rank - 1));
            }
            side.batch.add("COMMIT");
            if (m < last && onSecond[m + 1] != second) {
                side.held.add(rank);
                side.batch.add(order.release(rank));
            }
        }
        return side;
    }

    private void releaseQuietly(StatementRunner runner) {
        try {
            runner.execute(order.releaseHeld());
        } catch (SQLException e) {
            // A broken session's locks go with its connection.
        }
    }

    private static boolean join(Future<Boolean> result) {
        try {
            return Uninterruptibly.get(result);
        } catch (ExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        secondThread.shutdownNow();
    }
}
