package dev.shale.migrate;

import java.util.List;

/**
 * What {@code migrate} or {@code rollback} did, in order; for a dry run, what it would do
 * and the exact SQL it would send.
 */
public record MigrationRun(List<AppliedMigration> migrations, boolean dryRun, List<String> script) {
    public MigrationRun {
        migrations = List.copyOf(migrations);
        script = List.copyOf(script);
    }
}
