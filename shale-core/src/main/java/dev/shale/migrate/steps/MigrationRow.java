package dev.shale.migrate.steps;

import dev.shale.migrate.MigrationState;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.history.HistoryEntry;
import java.util.Optional;

/**
 * A migration file and its latest history row, joined, with the state that follows.
 *
 * @param outOfOrder a pending migration older than the newest applied one
 */
public record MigrationRow(Optional<MigrationScript> script, Optional<HistoryEntry> entry, MigrationState state,
                           boolean outOfOrder) {

    public String version() {
        return script.flatMap(MigrationScript::version).or(() -> entry.flatMap(HistoryEntry::version))
                .map(Object::toString).orElse("");
    }

    /** The version of a versioned migration: its file's, or its history row's when the file is gone. */
    public MigrationVersion versioned() {
        return script.flatMap(MigrationScript::version).or(() -> entry.flatMap(HistoryEntry::version)).orElseThrow();
    }

    public String description() {
        return script.map(MigrationScript::description).orElseGet(() -> entry.orElseThrow().description());
    }

    public String scriptName() {
        return script.map(MigrationScript::script).orElseGet(() -> entry.orElseThrow().script());
    }
}
