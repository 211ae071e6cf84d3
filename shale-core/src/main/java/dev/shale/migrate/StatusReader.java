package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.util.List;

/** {@code status}: every migration of the directory and the history, joined. Reads only; no lock. */
final class StatusReader {
    private final Environment environment;

    StatusReader(Environment environment) {
        this.environment = environment;
    }

    List<MigrationStatus> status() {
        DirectoryAndSession start = DirectoryAndSession.open(environment, MigrationListener.SILENT);
        MigrationSet set = start.set();
        try (MigrationSession session = start.session()) {
            List<HistoryEntry> history = session.readHistory().orElse(List.of());
            return MigrationStates.of(set, history).stream().map(StatusReader::status).toList();
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
