package dev.shale.migrate;

import java.util.Optional;

/**
 * How {@code migrate} runs.
 *
 * @param target          apply only up to this version
 * @param dryRun          print the SQL instead of running it
 * @param allowOutOfOrder apply pending migrations older than the newest applied one
 */
public record MigrateOptions(Optional<String> target, boolean dryRun, boolean allowOutOfOrder) {

    public static MigrateOptions defaults() {
        return new MigrateOptions(Optional.empty(), false, false);
    }

    public MigrateOptions target(String version) {
        return new MigrateOptions(Optional.ofNullable(version), dryRun, allowOutOfOrder);
    }

    public MigrateOptions dryRun(boolean on) {
        return new MigrateOptions(target, on, allowOutOfOrder);
    }

    public MigrateOptions allowOutOfOrder(boolean on) {
        return new MigrateOptions(target, dryRun, on);
    }
}
