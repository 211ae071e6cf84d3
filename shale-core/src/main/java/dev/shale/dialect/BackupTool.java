package dev.shale.dialect;

import dev.shale.backup.BackupFile;
import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;

/** How one database is backed up before a migration and restored from that backup, with its own tools. */
public interface BackupTool {
    /** The file name extension of this database's backups, e.g. {@code dump}. */
    String extension();

    /**
     * Writes a backup of {@code url}'s database to {@code file} and checks it: the tool's exit
     * status, a non-empty file, and as many tables in it as in the database. Throws a
     * {@link dev.shale.backup.BackupFailedException} when any check fails.
     */
    BackupFile backup(DatabaseUrl url, Path file);

    /** Restores {@code file} into {@code url}'s database: every object it holds is dropped and recreated. */
    void restore(DatabaseUrl url, Path file);
}
