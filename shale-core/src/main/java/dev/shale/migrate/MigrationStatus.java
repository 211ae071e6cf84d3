package dev.shale.migrate;

import java.time.Instant;

/**
 * One line of {@code status}.
 *
 * @param appliedAt         null when not applied
 * @param executionMillis   null when not applied
 * @param statementsApplied statements that ran, of {@code statementsTotal}; both null when not applied
 * @param outOfOrder        pending, but older than the newest applied migration
 */
public record MigrationStatus(String version, String description, String script, MigrationState state,
                              Instant appliedAt, Long executionMillis, Integer statementsApplied,
                              Integer statementsTotal, boolean outOfOrder) {
}
