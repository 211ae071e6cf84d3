package dev.shale.migrate.steps;

import dev.shale.migrate.MigrationState;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what {@code migrate} applies: failed migrations to resume, then pending ones in
 * version order (up to the target), then changed repeatable ones. Refuses, before anything
 * runs, when the directory and the history disagree.
 */
public final class StepPlanner {
    private StepPlanner() {
    }

    public static List<PlannedStep> plan(List<MigrationRow> rows, Optional<MigrationVersion> target,
                                         boolean allowOutOfOrder) {
        refuseInconsistencies(rows);
        List<PlannedStep> steps = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        for (MigrationRow row : rows) {
            MigrationScript script = row.script().orElse(null);
            if (script == null || !wanted(row, target)) {
                continue;
            }
            if (row.state() == MigrationState.FAILED) {
                steps.add(new PlannedStep(script, row.entry().orElseThrow().statementsApplied(), row.entry()));
            } else if (row.state() == MigrationState.PENDING || row.state() == MigrationState.OUTDATED) {
                if (row.outOfOrder()) {
                    outOfOrder.add(script.script());
                }
                steps.add(new PlannedStep(script, 0, Optional.empty()));
            }
        }
        if (!outOfOrder.isEmpty() && !allowOutOfOrder) {
            throw new MigrationDirectoryException("pending migrations are older than the newest applied one: "
                    + String.join(", ", outOfOrder),
                    "this usually follows a merge of branches; check they do not depend on newer migrations and run "
                            + "'shale migrate --allow-out-of-order', or give them new versions");
        }
        return steps;
    }

    private static boolean wanted(MigrationRow row, Optional<MigrationVersion> target) {
        return row.script().flatMap(MigrationScript::version)
                .map(v -> target.isEmpty() || v.compareTo(target.get()) <= 0).orElse(true);
    }

    private static void refuseInconsistencies(List<MigrationRow> rows) {
        String changed = names(rows, MigrationState.CHECKSUM_MISMATCH);
        if (!changed.isEmpty()) {
            throw new MigrationDirectoryException("applied migrations were changed after they ran: " + changed,
                    "restore them from version control and write a new migration for the change; if the database "
                            + "already matches the edited files, run 'shale repair'");
        }
        String missing = names(rows, MigrationState.MISSING_FILE);
        if (!missing.isEmpty()) {
            throw new MigrationDirectoryException("applied migrations have no file any more: " + missing,
                    "restore the files from version control; if they were removed on purpose, run 'shale repair' "
                            + "to drop them from the history");
        }
        long failed = rows.stream().filter(r -> r.state() == MigrationState.FAILED).count();
        if (failed > 1) {
            throw new MigrationDirectoryException(failed + " migrations are recorded as failed: "
                    + names(rows, MigrationState.FAILED),
                    "check the database by hand, then run 'shale repair' to clear the failed entries");
        }
    }

    static String names(List<MigrationRow> rows, MigrationState state) {
        return rows.stream().filter(r -> r.state() == state).map(MigrationRow::scriptName)
                .collect(Collectors.joining(", "));
    }
}
