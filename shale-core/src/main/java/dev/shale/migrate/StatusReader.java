package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** {@code status}: every migration of the directory and the history, joined. Reads only; no lock. */
final class StatusReader {
    private final Environment environment;

    StatusReader(Environment environment) {
        this.environment = environment;
    }

    List<MigrationStatus> status() {
        // The history is read while a large directory is still being read.
        AtomicReference<List<HistoryEntry>> history = new AtomicReference<>();
        DirectoryAndSession start = DirectoryAndSession.open(environment, MigrationListener.SILENT,
                session -> history.set(session.readHistory().orElse(List.of())));
        try (MigrationSession session = start.session()) {
            return MigrationStates.of(start.set(), history.get()).stream().map(StatusReader::status).toList();
        }
    }

    private static MigrationStatus status(MigrationRow row) {
        HistoryEntry entry = row.entry().orElse(null);
        return new MigrationStatus(row.version(), row.description(), row.scriptName(), row.state(),
                entry == null ? null : entry.appliedAt(),
                entry == null ? null : entry.executionMillis(),
                entry == null ? null : entry.statementsApplied(),
                entry == null ? null : entry.statementsTotal(),
                row.outOfOrder(),
                entry == null ? java.util.Optional.empty() : entry.backup());
    }
}
