package dev.shale.migrate.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of a directory, verified against {@code shale.sum}.
 *
 * @param versioned  versioned migrations in version order
 * @param repeatable repeatable migrations in description order
 */
public record MigrationSet(Path dir, List<MigrationScript> versioned, List<MigrationScript> repeatable) {

    public MigrationSet {
        versioned = List.copyOf(versioned);
        repeatable = List.copyOf(repeatable);
    }

    public Optional<MigrationScript> find(MigrationVersion version) {
        return versioned.stream().filter(s -> s.version().orElseThrow().equals(version)).findFirst();
    }

    /** The newest version in the directory. */
    public Optional<MigrationVersion> latest() {
        return versioned.isEmpty() ? Optional.empty()
                : versioned.get(versioned.size() - 1).version();
    }
}
