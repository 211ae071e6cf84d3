package dev.shale.migrate.history;

import dev.shale.migrate.files.MigrationVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the history table.
 *
 * @param rank              order of application, 1 for the first row
 * @param version           empty for repeatable migrations
 * @param checksum          hash of the up section applied; null for a baseline marker without file
 * @param success           false while a migration runs outside a transaction and after it failed there
 * @param statementsApplied statements that ran to completion, of {@code statementsTotal}
 * @param backup            the backup taken before the run this row was the first migration of
 */
public record HistoryEntry(int rank, Optional<MigrationVersion> version, String description, HistoryKind kind,
                           String script, String checksum, Instant appliedAt, String appliedBy, long executionMillis,
                           boolean success, int statementsApplied, int statementsTotal,
                           Optional<RecordedBackup> backup) {

    /** A row without a recorded backup. */
    public HistoryEntry(int rank, Optional<MigrationVersion> version, String description, HistoryKind kind,
                        String script, String checksum, Instant appliedAt, String appliedBy, long executionMillis,
                        boolean success, int statementsApplied, int statementsTotal) {
        this(rank, version, description, kind, script, checksum, appliedAt, appliedBy, executionMillis, success,
                statementsApplied, statementsTotal, Optional.empty());
    }
}
