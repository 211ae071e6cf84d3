package dev.shale.migrate.files;

import java.nio.file.Path;

/**
 * A piece of SQL from a migration file and where it starts, so errors point at the file's lines.
 *
 * @param file      the file it comes from
 * @param firstLine the file line (1-based) of the section's first line
 * @param sql       the SQL text
 */
public record SqlSection(Path file, int firstLine, String sql) {
}
