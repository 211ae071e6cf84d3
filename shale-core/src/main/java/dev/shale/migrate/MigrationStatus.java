package dev.shale.migrate;

import dev.shale.migrate.history.RecordedBackup;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of {@code status}.
 *
 * @param appliedAt         null when not applied
 * @param executionMillis   null when not applied
 * @param statementsApplied statements that ran, of {@code statementsTotal}; both null when not applied
 * @param outOfOrder        pending, but older than the newest applied migration
 * @param backup            the backup {@code migrate --backup} took just before this migration ran
 */
public record MigrationStatus(String version, String description, String script, MigrationState state,
                              Instant appliedAt, Long executionMillis, Integer statementsApplied,
                              Integer statementsTotal, boolean outOfOrder, Optional<RecordedBackup> backup) {

    /** A line without a recorded backup. */
    public MigrationStatus(String version, String description, String script, MigrationState state,
                           Instant appliedAt, Long executionMillis, Integer statementsApplied,
                           Integer statementsTotal, boolean outOfOrder) {
        this(version, description, script, state, appliedAt, executionMillis, statementsApplied, statementsTotal,
                outOfOrder, Optional.empty());
    }
}
