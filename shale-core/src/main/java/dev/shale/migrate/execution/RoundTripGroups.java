package dev.shale.migrate.execution;

import dev.shale.dialect.MigrationSupport;
import dev.shale.dialect.TableWork;
import dev.shale.migrate.sql.SqlStatement;
import dev.shale.migrate.steps.PlannedStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which pending migrations go to the server together in one batch (or, on SQLite, share a
 * commit): consecutive fresh ones (no history row yet) that run in a transaction and only create
 * tables and add to tables created before them in the same group ({@link MigrationSupport#tableWork}).
 * Such a group cannot wait for another session's lock nor work through existing rows, so it
 * returns in moments and its progress events are only that late. This is what applying a long
 * directory to a new database (a fresh CI or development database) mostly consists of.
 *
 * <p>A group holds at most {@value #MOST_MIGRATIONS} migrations and {@value #MOST_BATCH_ENTRIES}
 * batch entries: the PostgreSQL driver ends a batch with a Sync in the middle once it expects
 * many answers (about 250 statements), and after such a Sync an error would no longer stop the
 * migrations behind it.
 */
final class RoundTripGroups {
    static final int MOST_MIGRATIONS = 20;
    static final int MOST_BATCH_ENTRIES = 100;

    private RoundTripGroups() {
    }

    /** The sizes of consecutive groups that together cover {@code steps} in order; 1 for a migration alone. */
    static List<Integer> sizes(List<PlannedStep> steps, List<PreparedScript> scripts, MigrationSupport support) {
        return sizes(steps, scripts, support::tableWork);
    }

    /** As {@link #sizes(List, List, MigrationSupport)}, each statement classified by {@code tableWork}. */
    static List<Integer> sizes(List<PlannedStep> steps, List<PreparedScript> scripts,
                               Function<String, Optional<TableWork>> tableWork) {
        List<Integer> sizes = new ArrayList<>();
        int i = 0;
        while (i < steps.size()) {
            int size = groupAt(steps, scripts, tableWork, i);
            sizes.add(size);
            i += size;
        }
        return sizes;
    }

    private static int groupAt(List<PlannedStep> steps, List<PreparedScript> scripts,
                               Function<String, Optional<TableWork>> tableWork,
                               int first) {
        Set<String> created = new HashSet<>();
        int entries = 0;
        int size = 0;
        while (first + size < steps.size() && size < MOST_MIGRATIONS) {
            PlannedStep step = steps.get(first + size);
            PreparedScript script = scripts.get(first + size);
            // Its statements, the history row, COMMIT, and BEGIN after the first.
            int needs = script.statements().size() + 3;
            if (!fresh(step, script) || entries + needs > MOST_BATCH_ENTRIES
                    || !onlyTableWork(script, tableWork, created)) {
                break;
            }
            entries += needs;
            size++;
        }
        return Math.max(size, 1);
    }

    private static boolean fresh(PlannedStep step, PreparedScript script) {
        return script.inTransaction() && step.previous().isEmpty() && step.resumeFrom() == 0
                && !script.statements().isEmpty();
    }

    /**
     * True when every statement only creates a new table or adds to one created before it in the
     * group; the tables it creates then join {@code created}.
     */
    private static boolean onlyTableWork(PreparedScript script, Function<String, Optional<TableWork>> tableWork,
                                         Set<String> created) {
        Set<String> tables = new HashSet<>(created);
        for (SqlStatement statement : script.statements()) {
            Optional<TableWork> work = tableWork.apply(statement.sql());
            boolean fits = work.isPresent()
                    && (work.get().creates() ? tables.add(work.get().table()) : tables.contains(work.get().table()));
            if (!fits) {
                return false;
            }
        }
        created.addAll(tables);
        return true;
    }
}
