package dev.shale.migrate.steps;

import dev.shale.migrate.MigrationState;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Joins the migration directory with the history table: one row per migration, in order. */
public final class MigrationStates {
    private MigrationStates() {
    }

    /** Versioned migrations in version order, then repeatable ones. */
    public static List<MigrationRow> of(MigrationSet set, List<HistoryEntry> history) {
        Map<MigrationVersion, HistoryEntry> byVersion = new TreeMap<>();
        Map<String, HistoryEntry> byRepeatable = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.kind() == HistoryKind.REPEATABLE) {
                byRepeatable.put(entry.description(), entry);
            } else {
                byVersion.put(entry.version().orElseThrow(), entry);
            }
        }
        Optional<MigrationVersion> newestApplied = byVersion.values().stream().filter(HistoryEntry::success)
                .map(e -> e.version().orElseThrow()).max(Comparator.naturalOrder());
        List<MigrationRow> rows = new ArrayList<>();
        for (MigrationScript script : set.versioned()) {
            HistoryEntry entry = byVersion.remove(script.version().orElseThrow());
            boolean outOfOrder = entry == null
                    && newestApplied.filter(v -> script.version().get().compareTo(v) < 0).isPresent();
            rows.add(new MigrationRow(Optional.of(script), Optional.ofNullable(entry), versionedState(script, entry),
                    outOfOrder));
        }
        byVersion.values().forEach(entry -> rows.add(new MigrationRow(Optional.empty(), Optional.of(entry),
                orphanState(entry, set.latest()), false)));
        rows.sort(Comparator.comparing(MigrationRow::versioned));
        for (MigrationScript script : set.repeatable()) {
            HistoryEntry entry = byRepeatable.get(script.description());
            rows.add(new MigrationRow(Optional.of(script), Optional.ofNullable(entry), repeatableState(script, entry),
                    false));
        }
        return rows;
    }

    private static MigrationState versionedState(MigrationScript script, HistoryEntry entry) {
        if (entry == null) {
            return MigrationState.PENDING;
        }
        if (entry.kind() == HistoryKind.BASELINE) {
            return MigrationState.BASELINE;
        }
        if (!entry.success()) {
            return MigrationState.FAILED;
        }
        return entry.checksum().equals(script.checksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
    }

    private static MigrationState orphanState(HistoryEntry entry, Optional<MigrationVersion> newestFile) {
        if (entry.kind() == HistoryKind.BASELINE) {
            return MigrationState.BASELINE;
        }
        if (entry.success() && newestFile.filter(v -> v.compareTo(entry.version().orElseThrow()) >= 0).isEmpty()) {
            return MigrationState.FUTURE;
        }
        return MigrationState.MISSING_FILE;
    }

    private static MigrationState repeatableState(MigrationScript script, HistoryEntry entry) {
        if (entry == null) {
            return MigrationState.PENDING;
        }
        if (!entry.success()) {
            return MigrationState.FAILED;
        }
        return entry.checksum().equals(script.checksum()) ? MigrationState.APPLIED : MigrationState.OUTDATED;
    }
}
