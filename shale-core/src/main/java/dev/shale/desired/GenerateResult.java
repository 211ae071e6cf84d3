package dev.shale.desired;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code generate} did.
 *
 * @param file    the migration written; empty for a dry run or when there was nothing to do
 * @param content the file's content; empty when there was nothing to do
 */
public record GenerateResult(SchemaChange change, Optional<Path> file, String content) {
    public boolean noChanges() {
        return change.isEmpty();
    }
}
