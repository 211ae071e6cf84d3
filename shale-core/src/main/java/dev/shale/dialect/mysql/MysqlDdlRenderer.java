package dev.shale.dialect.mysql;

import dev.shale.dialect.DdlRenderer;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a MySQL/MariaDB schema as the statements that recreate it in an empty database:
 * sequences, tables (with keys, indexes, checks and options), then every foreign key as
 * ALTER TABLE (so cycles and self references need no ordering of tables), then views, each
 * after the views it uses.
 */
public final class MysqlDdlRenderer implements DdlRenderer {
    private final UnaryOperator<String> quote;
    private final MysqlTableRenderer tables;
    private final MysqlSequenceSql sequences;

    /** @param quote the dialect's identifier quoting */
    public MysqlDdlRenderer(UnaryOperator<String> quote) {
        this.quote = quote;
        this.tables = new MysqlTableRenderer(quote);
        this.sequences = new MysqlSequenceSql(quote);
    }

    @Override
    public List<String> createStatements(DatabaseSchema schema) {
        List<String> statements = new ArrayList<>();
        schema.sequences().forEach(s -> statements.add(sequences.create(s)));
        schema.tables().forEach(t -> statements.add(tables.create(t)));
        for (Table table : schema.tables()) {
            statements.addAll(tables.foreignKeys(table));
        }
        for (View view : new MysqlViewOrder(quote).order(schema.views())) {
            statements.add("CREATE VIEW " + quote.apply(view.name().name()) + " AS " + view.definition());
        }
        return statements;
    }
}
