package dev.shale.migrate.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One migration as read from the directory.
 *
 * @param version     the version, empty for a repeatable migration
 * @param description readable description from the file name
 * @param file        the file holding the up section
 * @param up          the SQL that applies it
 * @param down        the SQL that takes it back, when there is one
 * @param checksum    hash of the up section; what the history records
 * @param noTransaction true when the file carries {@code -- shale:no-transaction}
 */
public record MigrationScript(Optional<MigrationVersion> version, String description, Path file,
                             SqlSection up, Optional<SqlSection> down, String checksum, boolean noTransaction) {

    public boolean repeatable() {
        return version.isEmpty();
    }

    /** The file name, as history and messages show it. */
    public String script() {
        return file.getFileName().toString();
    }

    /** Version and description, e.g. {@code 0003 add orders}. */
    public String label() {
        return version.map(v -> v + " ").orElse("(repeatable) ") + description;
    }
}
