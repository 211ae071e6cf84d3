package dev.shale.dialect.mysql;

import dev.shale.dialect.DdlRenderer;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Sequence;
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

    /** @param quote the dialect's identifier quoting */
    public MysqlDdlRenderer(UnaryOperator<String> quote) {
        this.quote = quote;
        this.tables = new MysqlTableRenderer(quote);
    }

    @Override
    public List<String> createStatements(DatabaseSchema schema) {
        List<String> statements = new ArrayList<>();
        schema.sequences().forEach(s -> statements.add(sequence(s)));
        schema.tables().forEach(t -> statements.add(tables.create(t)));
        for (Table table : schema.tables()) {
            statements.addAll(tables.foreignKeys(table));
        }
        for (View view : new MysqlViewOrder(quote).order(schema.views())) {
            statements.add("CREATE VIEW " + quote.apply(view.name().name()) + " AS " + view.definition());
        }
        return statements;
    }

    /** MariaDB's CREATE SEQUENCE (https://mariadb.com/kb/en/create-sequence/); AS type needs 11.5. */
    private String sequence(Sequence s) {
        String as = s.dataType().equals("bigint") ? "" : " AS " + s.dataType();
        return "CREATE SEQUENCE " + quote.apply(s.name().name()) + as + " START WITH " + s.start()
                + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NOCYCLE");
    }
}
