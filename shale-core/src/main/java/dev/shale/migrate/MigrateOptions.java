package dev.shale.migrate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code migrate} runs.
 *
 * @param target          apply only up to this version
 * @param dryRun          print the SQL instead of running it
 * @param allowOutOfOrder apply pending migrations older than the newest applied one
 * @param backupDir       take a checked backup into this directory before the first pending migration
 */
public record MigrateOptions(Optional<String> target, boolean dryRun, boolean allowOutOfOrder,
                             Optional<Path> backupDir) {

    public static MigrateOptions defaults() {
        return new MigrateOptions(Optional.empty(), false, false, Optional.empty());
    }

    public MigrateOptions target(String version) {
        return new MigrateOptions(Optional.ofNullable(version), dryRun, allowOutOfOrder, backupDir);
    }

    public MigrateOptions dryRun(boolean on) {
        return new MigrateOptions(target, on, allowOutOfOrder, backupDir);
    }

    public MigrateOptions allowOutOfOrder(boolean on) {
        return new MigrateOptions(target, dryRun, on, backupDir);
    }

    /** Back up into {@code dir} before migrating (when something is pending); null for no backup. */
    public MigrateOptions backupTo(Path dir) {
        return new MigrateOptions(target, dryRun, allowOutOfOrder, Optional.ofNullable(dir));
    }
}
