package dev.shale.desired;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One migration file that {@code generate} wrote (or would write, in a dry run).
 *
 * @param name    the migration's name, e.g. {@code add_orders_validate}
 * @param content the file's content
 * @param file    where it was written; empty in a dry run
 */
public record GeneratedMigration(String name, String content, Optional<Path> file) {
}
