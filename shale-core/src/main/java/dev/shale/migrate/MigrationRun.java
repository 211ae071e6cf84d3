package dev.shale.migrate;

import java.util.List;

/**
 * What {@code migrate} or {@code rollback} did, in order; for a dry run, what it would do
 * and the exact SQL it would send.
 *
 * @param millis how long the migrations took together, from the first one's start to the last
 *               one's end (0 for a dry run or when none ran). Not the sum of each migration's
 *               {@link AppliedMigration#millis()}: those are whole milliseconds rounded down,
 *               and the time between migrations counts too.
 */
public record MigrationRun(List<AppliedMigration> migrations, boolean dryRun, List<String> script, long millis) {
    public MigrationRun {
        migrations = List.copyOf(migrations);
        script = List.copyOf(script);
    }

    /** A dry run's plan: the migrations it would run and their SQL. */
    static MigrationRun planned(List<AppliedMigration> migrations, List<String> script) {
        return new MigrationRun(migrations, true, script, 0);
    }
}
