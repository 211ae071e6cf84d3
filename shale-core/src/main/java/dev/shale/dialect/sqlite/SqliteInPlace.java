package dev.shale.dialect.sqlite;

import dev.shale.model.Column;
import dev.shale.model.Index;
import dev.shale.model.Table;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether SQLite's ALTER TABLE can add or drop a column in place, following the restrictions of
 * https://www.sqlite.org/lang_altertable.html#alter_table_add_column and
 * https://www.sqlite.org/lang_altertable.html#alter_table_drop_column. When it cannot, the
 * planner rebuilds the table instead of letting the statement fail.
 */
final class SqliteInPlace {
    private SqliteInPlace() {
    }

    /**
     * ADD COLUMN takes no PRIMARY KEY, UNIQUE or AUTOINCREMENT, only a constant default (not
     * CURRENT_* nor an expression), a non-NULL default when NOT NULL, no STORED generated
     * column, and a REFERENCES column only with a NULL default (left to the rebuild here, as
     * Shale adds named foreign keys).
     */
    static boolean canAdd(Column column, Table target) {
        String name = column.name();
        boolean keyed = target.primaryKey() != null && target.primaryKey().columns().contains(name)
                || target.uniques().stream().anyMatch(u -> u.columns().contains(name))
                || target.foreignKeys().stream().anyMatch(k -> k.columns().contains(name));
        if (keyed || column.identity() != null) {
            return false;
        }
        if (column.generated() != null) {
            return !column.generated().stored();
        }
        String value = column.defaultValue();
        if (value == null) {
            return column.nullable();
        }
        return SqliteDefaults.isLiteral(value) && !value.toUpperCase(Locale.ROOT).startsWith("CURRENT_");
    }

    /**
     * DROP COLUMN fails when the column is in the primary key, a UNIQUE constraint, an index
     * (key, expression or partial-index WHERE), a foreign key, a CHECK or a generated column of
     * the table. Views and triggers that use it are the planner's concern.
     *
     * @param current the table as it stands when the column is dropped
     */
    static boolean canDrop(String column, Table current) {
        boolean keyed = current.primaryKey() != null && current.primaryKey().columns().contains(column)
                || current.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || current.foreignKeys().stream().anyMatch(k -> k.columns().contains(column));
        boolean indexed = current.indexes().stream().anyMatch(i -> uses(i, column));
        boolean inExpression = Stream.concat(
                        current.checks().stream().map(c -> c.expression()),
                        current.columns().stream().filter(c -> c.generated() != null).map(c -> c.generated().expression()))
                .anyMatch(sql -> SqliteSqlText.mentions(sql, column));
        return !keyed && !indexed && !inExpression;
    }

    private static boolean uses(Index index, String column) {
        return index.keys().stream().anyMatch(k -> k.column() != null
                        ? SqliteSqlText.fold(k.column()).equals(SqliteSqlText.fold(column))
                        : SqliteSqlText.mentions(k.expression(), column))
                || index.where() != null && SqliteSqlText.mentions(index.where(), column);
    }
}
