package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.execution.PreparedScript;
import dev.shale.migrate.execution.ScriptExecutor;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationDirectoryException;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code rollback}: runs the down sections of the newest applied migrations, newest first,
 * each with the removal of its history row. Refuses before running anything when one of them
 * cannot be reverted.
 */
final class Rollbacker {
    private final Environment environment;
    private final MigrationListener listener;

    Rollbacker(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    MigrationRun rollback(RollbackOptions options) {
        Optional<MigrationVersion> target = options.target().map(Migrator::version);
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        try (MigrationSession session = MigrationSession.open(environment, listener)) {
            if (!options.dryRun()) {
                session.lock();
            }
            List<HistoryEntry> history = session.readHistory().orElse(List.of());
            List<MigrationRow> chosen = choose(MigrationStates.of(set, history), options.steps(), target);
            List<PreparedScript> downs = prepare(session, chosen);
            ScriptExecutor executor = options.dryRun() ? ScriptExecutor.dryRun(session, history)
                    : ScriptExecutor.live(session, history);
            List<AppliedMigration> reverted = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < chosen.size(); i++) {
                reverted.add(executor.revert(chosen.get(i).entry().orElseThrow(), downs.get(i)));
            }
            if (chosen.isEmpty()) {
                listener.progress("nothing to roll back");
            }
            if (options.dryRun()) {
                return MigrationRun.planned(reverted, executor.recordedScript());
            }
            return new MigrationRun(reverted, false, List.of(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static List<MigrationRow> choose(List<MigrationRow> rows, int steps, Optional<MigrationVersion> target) {
        if (rows.stream().anyMatch(r -> r.state() == MigrationState.FAILED)) {
            throw new MigrationDirectoryException("a migration is recorded as failed part-way",
                    "finish it with 'shale migrate', or undo it by hand and run 'shale repair', before rolling back");
        }
        List<MigrationRow> applied = rows.stream().filter(r -> r.entry().isPresent() && r.entry().get().version()
                        .isPresent()).sorted(Comparator.comparing(MigrationRow::versioned)
                        .reversed()).toList();
        List<MigrationRow> chosen = target.isPresent()
                ? applied.stream().filter(r -> r.versioned().compareTo(target.get()) > 0).toList()
                : applied.subList(0, Math.min(Math.max(steps, 0), applied.size()));
        if (target.isEmpty() && steps > applied.size()) {
            throw new MigrationDirectoryException("cannot roll back " + steps + " migrations: only " + applied.size()
                    + " are applied", "ask for fewer steps, or use --target VERSION");
        }
        refuse(chosen, MigrationState.BASELINE, "cannot roll back below the baseline",
                "baselined migrations were never run by Shale; choose fewer steps or a higher target");
        refuse(chosen, MigrationState.MISSING_FILE, "the files of these applied migrations are gone",
                "restore them from version control to roll them back");
        refuse(chosen, MigrationState.FUTURE, "these migrations are newer than this directory",
                "roll them back with the release that applied them");
        refuse(chosen, MigrationState.CHECKSUM_MISMATCH, "these applied migrations were changed since",
                "restore them, or run 'shale repair' if the database matches the edited files");
        String noDown = chosen.stream().filter(r -> r.script().orElseThrow().down().isEmpty())
                .map(MigrationRow::scriptName).collect(Collectors.joining(", "));
        if (!noDown.isEmpty()) {
            throw new MigrationDirectoryException("no down section in " + noDown + "; nothing was rolled back",
                    "write the SQL that reverts them after a '-- shale:down' line (or in a U file), then run "
                            + "'shale hash'");
        }
        return chosen;
    }

    private static void refuse(List<MigrationRow> chosen, MigrationState state, String message, String hint) {
        String names = chosen.stream().filter(r -> r.state() == state).map(r -> r.version() + " " + r.description())
                .collect(Collectors.joining(", "));
        if (!names.isEmpty()) {
            throw new MigrationDirectoryException(message + ": " + names, hint);
        }
    }

    private static List<PreparedScript> prepare(MigrationSession session, List<MigrationRow> chosen) {
        return chosen.stream().map(r -> r.script().orElseThrow())
                .map(s -> PreparedScript.of(s, s.down().orElseThrow(), session.support())).toList();
    }
}
