package dev.shale.dialect.sqlite;

import dev.shale.ShaleException;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes one table, one column or one index as SQLite DDL. Keys, checks and foreign keys go
 * inside CREATE TABLE, since SQLite cannot add a constraint later and does not check a foreign
 * key's target at CREATE TABLE (https://sqlite.org/foreignkeys.html#fk_schemaerror). Shared by
 * the schema renderer and the migration planner, so both write a table alike.
 */
final class SqliteTableRenderer {
    private final UnaryOperator<String> quote;

    SqliteTableRenderer(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    String createTable(Table table) {
        return createTable(table, table.name().name());
    }

    /** The table's CREATE TABLE under another name (the new table of a rebuild). */
    String createTable(Table table, String asName) {
        List<String> parts = new ArrayList<>();
        String inlineKey = autoincrementColumn(table);
        for (Column column : table.columns()) {
            parts.add(column(column, column.name().equals(inlineKey)));
        }
        if (table.primaryKey() != null && inlineKey == null) {
            parts.add(named(table.primaryKey().name()) + "PRIMARY KEY (" + names(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(u -> parts.add(named(u.name()) + "UNIQUE (" + names(u.columns()) + ")"));
        table.checks().forEach(c -> parts.add(named(c.name()) + "CHECK (" + c.expression() + ")"));
        table.foreignKeys().forEach(k -> parts.add(foreignKey(k)));
        List<String> options = new ArrayList<>();
        if ("true".equals(table.options().get("without_rowid"))) {
            options.add("WITHOUT ROWID");
        }
        if ("true".equals(table.options().get("strict"))) {
            options.add("STRICT");
        }
        return "CREATE TABLE " + quote.apply(asName) + " (\n    " + String.join(",\n    ", parts)
                + "\n)" + (options.isEmpty() ? "" : " " + String.join(", ", options));
    }

    /** The column declared PRIMARY KEY AUTOINCREMENT, which SQLite only accepts inline; or null. */
    static String autoincrementColumn(Table table) {
        if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
            return null;
        }
        String key = table.primaryKey().columns().get(0);
        return table.column(key).filter(c -> c.identity() != null).map(Column::name).orElse(null);
    }

    /** A column definition as CREATE TABLE and ALTER TABLE … ADD COLUMN write it. */
    String column(Column column, boolean autoincrementKey) {
        StringBuilder sql = new StringBuilder(quote.apply(column.name()));
        if (!column.type().isEmpty()) {
            sql.append(' ').append(column.type());
        }
        if (autoincrementKey) {
            sql.append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            String value = column.defaultValue();
            sql.append(" DEFAULT ").append(SqliteDefaults.isLiteral(value) ? value : "(" + value + ")");
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return sql.toString();
    }

    private String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(named(key.name())).append("FOREIGN KEY (").append(names(key.columns()))
                .append(") REFERENCES ").append(quote.apply(key.referencedTable().name()));
        if (!key.referencedColumns().isEmpty()) {
            sql.append(" (").append(names(key.referencedColumns())).append(')');
        }
        if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        switch (key.deferrable()) {
            case DEFERRABLE_INITIALLY_DEFERRED -> sql.append(" DEFERRABLE INITIALLY DEFERRED");
            case DEFERRABLE_INITIALLY_IMMEDIATE -> sql.append(" DEFERRABLE INITIALLY IMMEDIATE");
            case NOT_DEFERRABLE -> { }
        }
        return sql.toString();
    }

    String createIndex(Table table, Index index) {
        if (!index.method().equals("btree") || !index.include().isEmpty()) {
            throw ShaleException.usage("SQLite has no " + index.method() + " index or INCLUDE columns, as index "
                    + index.name() + " on " + table.name() + " asks", "use a plain index on SQLite");
        }
        String keys = index.keys().stream()
                .map(k -> (k.column() != null ? quote.apply(k.column()) : k.expression()) + (k.descending() ? " DESC" : ""))
                .collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote.apply(index.name()) + " ON "
                + quote.apply(table.name().name()) + " (" + keys + ")"
                + (index.where() == null ? "" : " WHERE " + index.where());
    }

    String dropIndex(Index index) {
        return "DROP INDEX " + quote.apply(index.name());
    }

    private String named(String constraint) {
        return constraint == null ? "" : "CONSTRAINT " + quote.apply(constraint) + " ";
    }

    String names(List<String> identifiers) {
        return identifiers.stream().map(quote).collect(Collectors.joining(", "));
    }

    /** CREATE VIEW, with the view's declared column list when it has one. */
    String createView(View view) {
        String columns = view.columns().isEmpty() ? ""
                : " (" + String.join(", ", view.columns().stream().map(quote).toList()) + ")";
        return "CREATE VIEW " + quote.apply(view.name().name()) + columns + " AS " + view.definition();
    }
}
