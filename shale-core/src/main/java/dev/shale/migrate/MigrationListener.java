package dev.shale.migrate;

/**
 * Receives the progress of migration commands as lines for people: waiting for the lock,
 * each migration with its duration, retries. The command line prints them; an application
 * logs them.
 */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener SILENT = line -> { };

    void progress(String line);
}
