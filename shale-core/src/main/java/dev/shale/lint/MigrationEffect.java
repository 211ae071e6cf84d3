package dev.shale.lint;

import dev.shale.migrate.files.MigrationScript;
import dev.shale.model.DatabaseSchema;
import java.util.List;

/**
 * What a migration really does, measured on a dev database: the schema before it (every
 * earlier migration applied), after it, each statement's own effect and the net changes.
 * The rules read this and never care how it was obtained.
 *
 * @param script     the migration
 * @param before     the schema with every earlier migration applied
 * @param after      the schema once this migration ran
 * @param statements the up section's statements with their own effect, in order
 * @param changes    the net changes from before to after, each with the statement that made it
 */
public record MigrationEffect(MigrationScript script, DatabaseSchema before, DatabaseSchema after,
                             List<StatementEffect> statements, List<AttributedChange> changes) {
    public MigrationEffect {
        statements = List.copyOf(statements);
        changes = List.copyOf(changes);
    }
}
