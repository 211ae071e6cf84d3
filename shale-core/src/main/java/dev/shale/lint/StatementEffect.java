package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.migrate.sql.SqlStatement;
import java.util.List;

/**
 * What one statement of a migration did to the schema, as read back from the dev database.
 *
 * @param statement the statement and its line
 * @param changes   the difference between the schema before and after it
 */
public record StatementEffect(SqlStatement statement, List<Change> changes) {
    public StatementEffect {
        changes = List.copyOf(changes);
    }
}
