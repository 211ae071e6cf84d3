package dev.shale.migrate;

import dev.shale.ShaleException;
import dev.shale.backup.BackupFile;
import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.execution.PreparedScript;
import dev.shale.migrate.execution.ScriptExecutor;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.RecordedBackup;
import dev.shale.migrate.steps.StepPlanner;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import dev.shale.migrate.steps.PlannedStep;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrate}: one connection, one lock, one history read; then the pending migrations
 * in order on that connection. With nothing pending, no statement beyond those runs.
 */
final class Migrator {
    private final Environment environment;
    private final MigrationListener listener;

    Migrator(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    MigrationRun migrate(MigrateOptions options) {
        Optional<MigrationVersion> target = options.target().map(Migrator::version);
        // While a large directory is still being read, the session takes a free lock and reads the history.
        DirectoryAndSession start = DirectoryAndSession.open(environment, listener,
                options.dryRun() ? session -> { } : MigrationSession::lockAndReadHistoryIfFree);
        MigrationSet set = start.set();
        try (MigrationSession session = start.session()) {
            if (options.dryRun()) {
                return dryRun(session, set, target, options.allowOutOfOrder());
            }
            session.lock();
            List<HistoryEntry> history = session.readOrCreateHistory();
            List<Prepared> steps = prepare(session, set, history, target, options.allowOutOfOrder());
            Optional<BackupFile> backup = steps.isEmpty() ? Optional.empty() : options.backupDir().map(this::backUp);
            ScriptExecutor executor = ScriptExecutor.live(session, history);
            List<AppliedMigration> applied = new ArrayList<>();
            long started = System.nanoTime();
            try {
                applied.addAll(executor.applyInOrder(steps.stream().map(Prepared::step).toList(),
                        steps.stream().map(Prepared::script).toList()));
            } finally {
                // Also after a failure: a first migration that left a row (no transactional DDL) names its backup.
                backup.ifPresent(b -> record(session, steps.get(0), b));
            }
            if (steps.isEmpty()) {
                listener.progress("nothing to migrate: the database is up to date");
            } else {
                session.flushCommits();
            }
            return new MigrationRun(applied, false, List.of(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A checked backup before the first pending migration; a failure stops the run before it. */
    private BackupFile backUp(java.nio.file.Path dir) {
        BackupFile backup = new dev.shale.backup.Backups(environment, java.time.Clock.systemUTC()).take(dir);
        listener.progress("backup: " + backup.file() + " (" + backup.bytes() + " bytes, " + backup.tables()
                + " tables); restore it with 'shale restore " + backup.file() + " --env " + environment.name() + "'");
        return backup;
    }

    /**
     * Writes the backup's path and size on the history row of the run's first migration. Only a
     * warning when that fails: the migrations' outcome stands and the backup file exists.
     */
    private void record(MigrationSession session, Prepared first, BackupFile backup) {
        String script = first.step().script().script();
        try {
            Optional<HistoryEntry> row = session.readHistory().orElse(List.of()).stream()
                    .filter(e -> e.script().equals(script))
                    .reduce((earlier, later) -> later);
            row.ifPresent(r -> session.write(List.of(session.historyTable().recordBackup(r.rank(),
                    new RecordedBackup(backup.file().toString(), backup.bytes())))));
        } catch (ShaleException e) {
            listener.progress("warning: the backup " + backup.file() + " is not recorded in the history table: "
                    + e.getMessage());
        }
    }

    private MigrationRun dryRun(MigrationSession session, MigrationSet set, Optional<MigrationVersion> target,
                                boolean allowOutOfOrder) {
        Optional<List<HistoryEntry>> existing = session.readHistory();
        List<HistoryEntry> history = existing.orElse(List.of());
        ScriptExecutor executor = ScriptExecutor.dryRun(session, history);
        List<Prepared> steps = prepare(session, set, history, target, allowOutOfOrder);
        if (existing.isEmpty()) {
            try {
                executor.record(session.historyTable().create());
            } catch (SQLException e) {
                throw new IllegalStateException("a dry run does not touch the database", e);
            }
        }
        List<AppliedMigration> planned = new ArrayList<>();
        for (Prepared step : steps) {
            planned.add(executor.apply(step.step(), step.script()));
        }
        return MigrationRun.planned(planned, executor.recordedScript());
    }

    /** A planned step with its split statements; all are prepared before anything runs. */
    private record Prepared(PlannedStep step, PreparedScript script) {
    }

    private List<Prepared> prepare(MigrationSession session, MigrationSet set, List<HistoryEntry> history,
                                   Optional<MigrationVersion> target, boolean allowOutOfOrder) {
        List<MigrationRow> rows = MigrationStates.of(set, history);
        rows.stream().filter(r -> r.state() == MigrationState.FUTURE).forEach(r -> listener.progress(
                "note: " + r.version() + " " + r.description() + " was applied by newer migrations than this directory"));
        List<Prepared> prepared = new ArrayList<>();
        for (PlannedStep step : StepPlanner.plan(rows, target, allowOutOfOrder)) {
            prepared.add(new Prepared(step, PreparedScript.of(step.script(), step.script().up(), session.support())));
        }
        return prepared;
    }

    static MigrationVersion version(String text) {
        if (!MigrationVersion.isValid(text)) {
            throw ShaleException.usage("'" + text + "' is not a migration version",
                    "versions are numbers such as 20261121093000, 0003 or 1.2");
        }
        return MigrationVersion.parse(text);
    }
}
