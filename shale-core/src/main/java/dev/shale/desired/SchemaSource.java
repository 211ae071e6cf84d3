package dev.shale.desired;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a schema comes from, for {@code diff}, {@code generate} and {@code push}: a live
 * database, desired-state SQL files, or a migration directory (replayed on a dev database).
 */
public sealed interface SchemaSource {

    /** How the source is named in output (no password). */
    String label();

    record LiveDatabase(DatabaseUrl url, String label) implements SchemaSource {
    }

    record SqlFiles(List<Path> paths) implements SchemaSource {
        public SqlFiles {
            paths = List.copyOf(paths);
        }

        public String label() {
            return paths.size() == 1 ? paths.get(0).toString() : paths.toString();
        }
    }

    record MigrationDirectory(Path dir) implements SchemaSource {
        public String label() {
            return dir + " (replayed)";
        }
    }
}
