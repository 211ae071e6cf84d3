package dev.shale.dialect.mysql;

import dev.shale.diff.Change;

/**
 * One clause of an ALTER TABLE ({@code ADD COLUMN …}, {@code DROP INDEX …}), the change it
 * implements, and the step of the table's alteration it belongs to.
 */
record MysqlAlterClause(Step step, String sql, Change change) {

    /**
     * The order in which a table's clauses run. Table options come first, so that columns
     * added or modified afterwards follow the new default character set; keys are dropped
     * before the columns they cover and added after the columns they need.
     */
    enum Step { OPTIONS, RESTORE_COLLATIONS, DROP_KEYS, DROP_COLUMNS, ADD_COLUMNS, ALTER_COLUMNS, ADD_KEYS, COMMENT }
}
