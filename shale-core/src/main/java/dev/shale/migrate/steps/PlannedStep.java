package dev.shale.migrate.steps;

import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.history.HistoryEntry;
import java.util.Optional;

/**
 * One migration to apply.
 *
 * @param resumeFrom index of the first statement to run: above 0 when a migration that ran
 *                   outside a transaction stopped part-way and is resumed
 * @param previous   its failed history row, when there is one
 */
public record PlannedStep(MigrationScript script, int resumeFrom, Optional<HistoryEntry> previous) {
}
