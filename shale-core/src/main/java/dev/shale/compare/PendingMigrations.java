package dev.shale.compare;

import dev.shale.DatabaseUnavailableException;
import dev.shale.config.Environment;
import dev.shale.dialect.ConnectFailures;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The migrations applied on SOURCE and not on TARGET, from both histories read on read-only
 * sessions. An environment without a history table has applied none.
 */
final class PendingMigrations {
    private PendingMigrations() {
    }

    static List<PendingMigration> between(Environment source, Environment target) {
        List<HistoryEntry> applied = applied(source);
        Set<String> onTarget = applied(target).stream().map(PendingMigrations::key).collect(Collectors.toSet());
        return applied.stream().filter(e -> !onTarget.contains(key(e)))
                .map(e -> new PendingMigration(e.version().map(Object::toString).orElse(""), e.description(),
                        e.script()))
                .toList();
    }

    /** Versioned migrations by version, repeatable ones by script and checksum (a new checksum runs again). */
    private static String key(HistoryEntry entry) {
        return entry.version().map(v -> "v" + v).orElse("r" + entry.script() + "@" + entry.checksum());
    }

    private static List<HistoryEntry> applied(Environment environment) {
        HistoryTable table = new HistoryTable(environment.url().dialect(), environment);
        try (Connection connection = environment.url().connectReadOnly()) {
            return table.read(connection).orElse(List.of()).stream().filter(HistoryEntry::success).toList();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the history table " + table.displayName() + " of "
                    + environment.url().display() + ": " + ConnectFailures.firstLine(e),
                    "check that the user may read it (run with --debug for details)", e);
        }
    }
}
