package dev.shale.backup;

import java.nio.file.Path;

/**
 * A backup that was taken and checked.
 *
 * @param file   where it is
 * @param bytes  its size
 * @param tables how many tables it holds (equal to the live database's when it was taken)
 */
public record BackupFile(Path file, long bytes, int tables) {
}
