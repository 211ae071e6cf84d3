package dev.shale.dialect.sqlite;

import java.util.List;
import java.util.Map;

/**
 * What a CREATE TABLE statement says that SQLite's pragmas do not report: column collations,
 * generation expressions, AUTOINCREMENT, CHECK constraints, constraint names and whether a
 * foreign key is deferred. Produced by {@link SqliteTableSqlParser}; names as written.
 *
 * @param columns by column name folded with {@link SqliteSqlText#fold}
 */
record SqliteTableSql(Map<String, ColumnClause> columns, List<CheckClause> checks,
                      List<UniqueClause> uniques, List<ForeignKeyClause> foreignKeys) {

    ColumnClause column(String name) {
        ColumnClause clause = columns.get(SqliteSqlText.fold(name));
        return clause == null ? new ColumnClause(name, null, null, false, false) : clause;
    }

    /**
     * @param collation  the COLLATE name as written, or null
     * @param generated  the generation expression, or null
     */
    record ColumnClause(String name, String collation, List<SqliteToken> generated, boolean stored,
                        boolean autoincrement) {
    }

    record CheckClause(String name, List<SqliteToken> expression) {
    }

    record UniqueClause(String name, List<String> columns) {
    }

    /** @param deferred {@code DEFERRABLE INITIALLY DEFERRED}, the one form SQLite defers */
    record ForeignKeyClause(String name, List<String> columns, String table, boolean deferred) {
    }
}
