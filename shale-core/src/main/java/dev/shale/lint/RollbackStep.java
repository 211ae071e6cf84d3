package dev.shale.lint;

import dev.shale.migrate.files.MigrationScript;
import java.util.List;
import java.util.Optional;

/**
 * How one pending migration is taken back.
 *
 * @param script   the migration
 * @param down     its down section's SQL; empty when it has none
 * @param dataLoss what its up section destroys, which no down section can bring back
 *                 (dropped tables and columns, lossy type changes, rows overwritten or deleted)
 */
public record RollbackStep(MigrationScript script, Optional<String> down, List<String> dataLoss) {
    public RollbackStep {
        dataLoss = List.copyOf(dataLoss);
    }

    /** True when undoing it fully needs a backup taken before it ran. */
    public boolean needsBackup() {
        return down.isEmpty() || !dataLoss.isEmpty();
    }
}
