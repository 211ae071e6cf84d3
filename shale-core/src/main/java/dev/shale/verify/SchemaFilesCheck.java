package dev.shale.verify;

import java.util.List;
import java.util.Optional;

/**
 * Whether the schema all migrations produce equals the project's schema files.
 *
 * @param checked     false when an earlier failure left no complete schema to compare
 * @param differences what differs, in words; empty when they agree
 */
public record SchemaFilesCheck(boolean checked, List<String> differences) {

    public SchemaFilesCheck {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return checked && differences.isEmpty();
    }

    /** The first difference, or why the check did not run. */
    public Optional<String> problem() {
        if (!checked) {
            return Optional.of("not compared: a migration failed before the last one was applied");
        }
        return differences.stream().findFirst();
    }
}
