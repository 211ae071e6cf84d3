package dev.shale.studio;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The newest successful entry of an environment's history, read on a read-only session, for its card. */
final class LastApplied {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private LastApplied() {
    }

    static Optional<HistoryEntry> of(Environment environment) {
        HistoryTable table = new HistoryTable(environment.url().dialect(), environment);
        try (Connection connection = environment.url().connectReadOnly()) {
            return table.read(connection).orElse(List.of()).stream().filter(HistoryEntry::success)
                    .max(Comparator.comparingInt(HistoryEntry::rank));
        } catch (SQLException e) {
            throw new ShaleException(ExitCode.DATABASE_UNAVAILABLE, "cannot read the history table "
                    + table.displayName() + ": " + e.getMessage(), "check that the user may read it", e);
        }
    }

    /** {@code 0002 create orders, 2026-11-21 09:30 UTC}. */
    static String describe(HistoryEntry entry) {
        return entry.version().map(v -> v + " ").orElse("") + entry.description() + ", "
                + WHEN.format(entry.appliedAt());
    }
}
