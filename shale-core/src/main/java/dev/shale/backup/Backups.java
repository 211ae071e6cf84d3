package dev.shale.backup;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.dialect.BackupTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Backups of one environment's database: named by environment and time, in one directory. */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Environment environment;
    private final Clock clock;

    public Backups(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    /** Takes a checked backup into {@code dir} (created if needed). */
    public BackupFile take(Path dir) {
        requireCredentials("a backup");
        BackupTool tool = environment.url().dialect().backups();
        String name = environment.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + STAMP.format(clock.instant())
                + "." + tool.extension();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupFailedException("cannot create the backup directory " + dir + ": " + e.getMessage(),
                    "check its permissions, or skip the backup with --no-backup");
        }
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            throw new BackupFailedException(file + " already exists", "wait a second and run again");
        }
        return tool.backup(environment.url(), file.toAbsolutePath());
    }

    /** Restores {@code file} into the environment's database. */
    public void restore(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ShaleException.usage("no such backup file: " + file, "give the path 'migrate --backup' printed");
        }
        requireCredentials("a restore");
        environment.url().dialect().backups().restore(environment.url(), file.toAbsolutePath());
    }

    /** The server's dump tools log in with the URL's credentials, which a DataSource does not give. */
    private void requireCredentials(String what) {
        if (environment.url().borrowed() && environment.url().isServer()) {
            throw ShaleException.usage(what + " runs the server's dump tool, which cannot log in through a DataSource ("
                    + environment.url().display() + ")",
                    "give the database with url(...) for backups, or migrate without backupTo(...)");
        }
    }

    /** Checks what every dialect checks: a file that exists and is not empty. Returns its size. */
    public static long requireNonEmpty(Path file, String tool) {
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size == 0) {
                throw new BackupFailedException(tool + " wrote no backup at " + file, "check the tool's output above");
            }
            return size;
        } catch (IOException e) {
            throw new BackupFailedException("cannot read the backup " + file + ": " + e.getMessage(), null);
        }
    }

    /** Fails unless the backup holds as many tables as the database. */
    public static void requireTables(int inBackup, int live, Path file) {
        if (inBackup != live) {
            throw new BackupFailedException("the backup " + file + " holds " + inBackup + " tables, the database "
                    + live, "the backup is incomplete; check the tool and the user's privileges");
        }
    }

    /**
     * Refuses a restore onto a database that has tables the backup does not hold: restoring
     * recreates only what the backup has, so tables created after it would stay, beside data from
     * before them. Nothing has been changed when this throws (exit code 2).
     */
    public static void requireNoNewerTables(Set<String> inBackup, Set<String> live, Path file) {
        SortedSet<String> newer = new TreeSet<>(live);
        newer.removeAll(inBackup);
        if (!newer.isEmpty()) {
            throw ShaleException.usage("the database has " + newer.size() + (newer.size() == 1 ? " table" : " tables")
                    + " that the backup " + file.getFileName() + " does not hold: " + String.join(", ", newer),
                    "they were created after the backup and a restore would leave them in place; drop them "
                            + "(after saving what you need), then run restore again");
        }
    }
}
