package dev.shale.dialect.sqlite;

import dev.shale.ShaleException;
import dev.shale.dialect.DdlRenderer;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a schema as SQLite CREATE statements: tables (in name order, with their keys, checks
 * and foreign keys inline, see {@link SqliteTableRenderer}), then indexes, then views, each
 * after the views it reads from.
 */
final class SqliteDdlRenderer implements DdlRenderer {
    private final UnaryOperator<String> quote;
    private final SqliteTableRenderer tables;

    SqliteDdlRenderer(UnaryOperator<String> quote) {
        this.quote = quote;
        this.tables = new SqliteTableRenderer(quote);
    }

    @Override
    public List<String> createStatements(DatabaseSchema schema) {
        if (!schema.enums().isEmpty() || !schema.sequences().isEmpty()) {
            throw ShaleException.usage("SQLite has no enum types or sequences, and the schema has "
                    + schema.enums().size() + " enums and " + schema.sequences().size() + " sequences",
                    "write enums as CHECK constraints and sequences as AUTOINCREMENT columns for SQLite");
        }
        List<String> statements = new ArrayList<>();
        schema.tables().forEach(table -> statements.add(tables.createTable(table)));
        for (Table table : schema.tables()) {
            table.indexes().forEach(index -> statements.add(tables.createIndex(table, index)));
        }
        new SqliteViewOrder(schema.views()).ordered()
                .forEach(view -> statements.add(tables.createView(view)));
        return statements;
    }
}
