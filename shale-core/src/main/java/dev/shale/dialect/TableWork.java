package dev.shale.dialect;

/**
 * What a statement does when all it does is create one table or add to one table, taking no lock
 * on any other (see {@link MigrationSupport#tableWork}).
 *
 * @param table   the table's name as the database resolves it (unquoted names folded as it folds them)
 * @param creates true for a new table, false for an addition to one (an index, a column, a constraint)
 */
public record TableWork(String table, boolean creates) {
}
