package dev.shale.dialect.mysql;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.QualifiedName;
import java.util.function.UnaryOperator;

/**
 * Writes the changes that are statements of their own: tables created, dropped and renamed,
 * column renames, foreign keys, sequences and views. The changes that alter an existing
 * table's columns and keys are clauses, written by {@link MysqlAlterClauses}.
 */
final class MysqlStatementWriter implements Change.Visitor<String> {
    private final UnaryOperator<String> quote;
    private final MysqlTableRenderer tables;
    private final MysqlSequenceSql sequences;

    MysqlStatementWriter(UnaryOperator<String> quote) {
        this.quote = quote;
        this.tables = new MysqlTableRenderer(quote);
        this.sequences = new MysqlSequenceSql(quote);
    }

    private String table(QualifiedName name) {
        return quote.apply(name.name());
    }

    /** Without foreign keys: the differ adds those once every table exists. */
    @Override
    public String visit(Change.AddTable c) {
        return tables.create(c.table());
    }

    @Override
    public String visit(Change.DropTable c) {
        return "DROP TABLE " + table(c.table().name());
    }

    @Override
    public String visit(Change.RenameTable c) {
        return "RENAME TABLE " + table(c.from()) + " TO " + table(c.to());
    }

    /** RENAME COLUMN needs MariaDB 10.5.2+ or MySQL 8.0; it keeps the data, indexes and keys. */
    @Override
    public String visit(Change.RenameColumn c) {
        return "ALTER TABLE " + table(c.table()) + " RENAME COLUMN " + quote.apply(c.from()) + " TO " + quote.apply(c.to());
    }

    @Override
    public String visit(Change.AddForeignKey c) {
        return "ALTER TABLE " + table(c.table()) + " ADD " + tables.foreignKey(c.foreignKey());
    }

    /** The index the key used stays; the differ drops it separately when the target has none. */
    @Override
    public String visit(Change.DropForeignKey c) {
        return "ALTER TABLE " + table(c.table()) + " DROP FOREIGN KEY "
                + quote.apply(c.foreignKey().name());
    }

    @Override
    public String visit(Change.AddEnum c) {
        throw noEnumTypes(c);
    }

    @Override
    public String visit(Change.DropEnum c) {
        throw noEnumTypes(c);
    }

    @Override
    public String visit(Change.AddEnumValues c) {
        throw noEnumTypes(c);
    }

    static ShaleException noEnumTypes(Change c) {
        return ShaleException.usage("enum type '" + c.subject() + "' cannot be planned: MySQL/MariaDB has no named enum types",
                "declare the values on the column instead, e.g. status ENUM('new','done')");
    }

    @Override
    public String visit(Change.AddSequence c) {
        return sequences.create(c.sequence());
    }

    @Override
    public String visit(Change.DropSequence c) {
        return sequences.drop(c.sequence());
    }

    @Override
    public String visit(Change.AlterSequence c) {
        return sequences.alter(c.from(), c.to());
    }

    @Override
    public String visit(Change.AddView c) {
        return "CREATE VIEW " + table(c.view().name()) + " AS " + c.view().definition();
    }

    @Override
    public String visit(Change.DropView c) {
        return "DROP VIEW " + table(c.view().name());
    }

    private static String clause(Change change) {
        throw new IllegalStateException(change.getClass().getSimpleName() + " is planned in its table's ALTER TABLE");
    }

    @Override public String visit(Change.AddColumn c) { return clause(c); }
    @Override public String visit(Change.DropColumn c) { return clause(c); }
    @Override public String visit(Change.AlterColumn c) { return clause(c); }
    @Override public String visit(Change.AddPrimaryKey c) { return clause(c); }
    @Override public String visit(Change.DropPrimaryKey c) { return clause(c); }
    @Override public String visit(Change.AddUnique c) { return clause(c); }
    @Override public String visit(Change.DropUnique c) { return clause(c); }
    @Override public String visit(Change.AddCheck c) { return clause(c); }
    @Override public String visit(Change.DropCheck c) { return clause(c); }
    @Override public String visit(Change.AddIndex c) { return clause(c); }
    @Override public String visit(Change.DropIndex c) { return clause(c); }
    @Override public String visit(Change.SetTableComment c) { return clause(c); }
    @Override public String visit(Change.SetTableOptions c) { return clause(c); }
}
