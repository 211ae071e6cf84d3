package dev.shale.migrate;

import dev.shale.config.Environment;
import dev.shale.migrate.execution.MigrationSession;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import dev.shale.migrate.history.SqlCommand;
import dev.shale.migrate.steps.MigrationRow;
import dev.shale.migrate.steps.MigrationStates;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repair}, after the user has put the database right by hand: records the current
 * checksums of changed applied files, and removes failed entries and entries whose file was
 * deleted. Changes only the history table, in one transaction.
 */
final class Repairer {
    private final Environment environment;
    private final MigrationListener listener;

    Repairer(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    /** What was changed, one line each. */
    List<String> repair() {
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        try (MigrationSession session = MigrationSession.open(environment, listener)) {
            session.lock();
            List<HistoryEntry> history = session.readHistory().orElse(List.of());
            HistoryTable table = session.historyTable();
            List<SqlCommand> commands = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (MigrationRow row : MigrationStates.of(set, history)) {
                String name = row.version() + " " + row.description();
                switch (row.state()) {
                    case CHECKSUM_MISMATCH -> {
                        commands.add(table.updateChecksum(row.entry().orElseThrow().rank(),
                                row.script().orElseThrow().checksum()));
                        changes.add("recorded the new checksum of " + name);
                    }
                    case FAILED -> {
                        commands.add(table.delete(row.entry().orElseThrow().rank()));
                        changes.add("removed the failed entry of " + name + " (it will run again from the start)");
                    }
                    case MISSING_FILE -> {
                        commands.add(table.delete(row.entry().orElseThrow().rank()));
                        changes.add("removed the entry of " + name + ", whose file is gone");
                    }
                    default -> {
                    }
                }
            }
            if (!commands.isEmpty()) {
                session.write(commands);
            }
            return changes;
        }
    }
}
