package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.migrate.sql.SqlStatement;

/**
 * A change of a migration's net effect and the statement that made it.
 *
 * @param change    the change between the schema before and after the whole migration
 * @param statement the statement it is attributed to
 */
public record AttributedChange(Change change, SqlStatement statement) {
}
