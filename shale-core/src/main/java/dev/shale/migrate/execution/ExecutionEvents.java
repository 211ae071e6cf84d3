package dev.shale.migrate.execution;

import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationVersion;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The events an executor reports for migrations and their statements, and the shared bits of
 * text they carry. A dry run reports none: it only records SQL.
 */
final class ExecutionEvents {
    private final MigrationListener listener;
    private final boolean live;

    ExecutionEvents(MigrationListener listener, boolean live) {
        this.listener = listener;
        this.live = live;
    }

    void started(PreparedScript prepared, boolean revert) {
        if (live) {
            listener.event(new MigrationEvent.MigrationStarted(version(prepared.script()), prepared.script().script(),
                    revert, prepared.statements().size()));
        }
    }

    /** Statement {@code index} ran on its own in {@code millis}. */
    void statementExecuted(PreparedScript prepared, int index, long millis, int attempt) {
        if (live) {
            listener.event(new MigrationEvent.StatementExecuted(version(prepared.script()), prepared.script().script(),
                    index + 1, prepared.statements().size(), millis,
                    statementHead(prepared.statements().get(index).sql()), attempt));
        }
    }

    /** All statements of a migration ran in one batch: its time is reported on the last. */
    void batchExecuted(PreparedScript prepared, long millis, int attempt) {
        int total = prepared.statements().size();
        for (int i = 0; i < total; i++) {
            statementExecuted(prepared, i, i == total - 1 ? millis : 0, attempt);
        }
    }

    /** The migration's section ran completely and is recorded; what the run returns for it. */
    AppliedMigration finished(PreparedScript prepared, long millis, boolean revert) {
        MigrationScript script = prepared.script();
        if (live) {
            listener.event(new MigrationEvent.MigrationFinished(version(script), script.script(), script.label(),
                    revert, millis, prepared.statements().size()));
        }
        return new AppliedMigration(version(script), script.description(), script.script(), millis,
                prepared.statements().size());
    }

    static String version(MigrationScript script) {
        return script.version().map(MigrationVersion::text).orElse("");
    }

    /** The first line of a statement, for events (a loop, not a stream: it runs for every statement). */
    static String statementHead(String sql) {
        String text = sql.strip();
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** The database's first line of a failure. */
    static Optional<String> firstLine(SQLException e) {
        return Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst());
    }
}
