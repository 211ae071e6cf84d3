package dev.shale.migrate;

/**
 * Receives the progress of migration commands. {@link #progress(String)} gets lines for people
 * (notes, retries, each migration with its duration); {@link #event(MigrationEvent)} gets the
 * structured steps (lock, migrations, statements) and by default passes on the line a person
 * reads for them, so a listener that only prints lines keeps working. The command line prints
 * them or writes JSON events; an application logs them.
 */
@FunctionalInterface
public interface MigrationListener {
    MigrationListener SILENT = line -> { };

    void progress(String line);

    /** A structured step; by default its line for people, when it has one. */
    default void event(MigrationEvent event) {
        event.line().ifPresent(this::progress);
    }
}
