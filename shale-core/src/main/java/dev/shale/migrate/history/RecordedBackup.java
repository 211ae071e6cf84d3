package dev.shale.migrate.history;

/**
 * The backup {@code migrate --backup} took before a run, as the history row of the run's first
 * migration records it.
 *
 * @param path  where the backup file was written (absolute)
 * @param bytes its size
 */
public record RecordedBackup(String path, long bytes) {
}
