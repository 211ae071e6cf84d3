package dev.shale.dialect.sqlite;

import dev.shale.model.Column;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The statements of SQLite's documented table rebuild, for what ALTER TABLE cannot do
 * (https://www.sqlite.org/lang_altertable.html#otheralter): create the target definition under
 * a temporary name, copy the rows of the columns both versions have, drop the old table, give
 * the new one its name, create its indexes again. Never "rename the old table, create the new
 * one": foreign keys of other tables would follow the renamed old table. Views that name the
 * table and the {@code PRAGMA foreign_keys} setting are the planner's concern.
 */
final class SqliteRebuild {
    private final UnaryOperator<String> quote;
    private final SqliteTableRenderer renderer;

    SqliteRebuild(UnaryOperator<String> quote) {
        this.quote = quote;
        this.renderer = new SqliteTableRenderer(quote);
    }

    /**
     * @param current  the table as it stands (renames already applied)
     * @param target   the definition it must have, under the same name
     * @param tempName a name no table or view has
     */
    List<String> statements(Table current, Table target, String tempName) {
        String name = target.name().name();
        List<String> statements = new ArrayList<>();
        statements.add(renderer.createTable(target, tempName));
        copyRows(current, target, tempName).ifPresent(statements::add);
        if (SqliteTableRenderer.autoincrementColumn(current) != null
                && SqliteTableRenderer.autoincrementColumn(target) != null) {
            // The counter may be above the largest key (rows deleted); AUTOINCREMENT promises never
            // to reuse a key, so the new table takes the old counter (https://sqlite.org/autoinc.html).
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + literal(tempName));
            statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(tempName)
                    + ", seq FROM sqlite_sequence WHERE name = " + literal(current.name().name()));
        }
        statements.add("DROP TABLE " + quote.apply(current.name().name()));
        statements.add("ALTER TABLE " + quote.apply(tempName) + " RENAME TO " + quote.apply(name));
        target.indexes().forEach(index -> statements.add(renderer.createIndex(target, index)));
        return statements;
    }

    /** INSERT … SELECT of the columns both versions have; generated columns compute their own values. */
    private Optional<String> copyRows(Table current, Table target, String tempName) {
        List<String> into = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (Column column : target.columns()) {
            if (column.generated() != null) {
                continue;
            }
            current.columns().stream()
                    .filter(c -> SqliteSqlText.fold(c.name()).equals(SqliteSqlText.fold(column.name())))
                    .findFirst()
                    .ifPresent(source -> {
                        into.add(quote.apply(column.name()));
                        select.add(quote.apply(source.name()));
                    });
        }
        if (into.isEmpty()) {
            return Optional.empty();
        }
        if (keepsRowids(current, target, into)) {
            // Without an INTEGER PRIMARY KEY the rowid is hidden, yet applications may use it.
            into.add(0, "rowid");
            select.add(0, "rowid");
        }
        return Optional.of("INSERT INTO " + quote.apply(tempName) + " (" + String.join(", ", into) + ") SELECT "
                + String.join(", ", select) + " FROM " + quote.apply(current.name().name()));
    }

    /**
     * Whether the rowids must be copied as such: both versions have one, no column takes its name,
     * and no copied column is the target's alias of it (https://sqlite.org/lang_createtable.html#rowid).
     */
    private boolean keepsRowids(Table current, Table target, List<String> copied) {
        boolean bothRowid = !"true".equals(current.options().get("without_rowid"))
                && !"true".equals(target.options().get("without_rowid"));
        boolean shadowed = Stream.concat(current.columns().stream(), target.columns().stream())
                .map(c -> SqliteSqlText.fold(c.name())).anyMatch(n -> List.of("rowid", "oid", "_rowid_").contains(n));
        String alias = rowidAlias(target);
        return bothRowid && !shadowed && (alias == null || !copied.contains(quote.apply(alias)));
    }

    /** The column that is the rowid: a single-column primary key of type INTEGER exactly. */
    private static String rowidAlias(Table table) {
        if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
            return null;
        }
        String key = table.primaryKey().columns().get(0);
        return table.column(key).filter(c -> c.type().equals("INTEGER")).map(Column::name).orElse(null);
    }

    /** A string literal (https://sqlite.org/lang_expr.html#literal_values_constants_). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
