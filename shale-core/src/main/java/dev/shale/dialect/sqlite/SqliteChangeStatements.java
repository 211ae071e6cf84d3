package dev.shale.dialect.sqlite;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one change takes on SQLite on its own: the ALTER TABLE, CREATE/DROP INDEX or CREATE/DROP
 * TABLE statements when SQLite can do it in place, or {@link Step#REBUILD} when only the table
 * rebuild can (https://www.sqlite.org/lang_altertable.html). What SQLite does not have (enums,
 * sequences, comments) is refused. Views are created by the planner once every table is final.
 */
final class SqliteChangeStatements implements Change.Visitor<SqliteChangeStatements.Step> {

    /** The statements of a change, or the request to rebuild its table. */
    record Step(List<String> sql, boolean rebuild) {
        static final Step REBUILD = new Step(List.of(), true);
        static final Step NONE = new Step(List.of(), false);

        static Step of(String... sql) {
            return new Step(List.of(sql), false);
        }
    }

    private final UnaryOperator<String> quote;
    private final SqliteTableRenderer renderer;
    private final SqliteCurrentTables current;
    private final DatabaseSchema to;

    SqliteChangeStatements(UnaryOperator<String> quote, SqliteCurrentTables current, DatabaseSchema to) {
        this.quote = quote;
        this.renderer = new SqliteTableRenderer(quote);
        this.current = current;
        this.to = to;
    }

    /** New tables get their foreign keys inline: SQLite cannot add one later. */
    @Override
    public Step visit(Change.AddTable change) {
        Table table = target(change.table().name());
        List<String> sql = new ArrayList<>();
        sql.add(renderer.createTable(table));
        table.indexes().forEach(index -> sql.add(renderer.createIndex(table, index)));
        return new Step(sql, false);
    }

    @Override
    public Step visit(Change.DropTable change) {
        return Step.of("DROP TABLE " + name(change.table().name()));
    }

    @Override
    public Step visit(Change.RenameTable change) {
        return Step.of("ALTER TABLE " + name(change.from()) + " RENAME TO " + name(change.to()));
    }

    @Override
    public Step visit(Change.AddColumn change) {
        Table table = target(change.table());
        if (!SqliteInPlace.canAdd(change.column(), table)) {
            return Step.REBUILD;
        }
        return Step.of("ALTER TABLE " + name(change.table()) + " ADD COLUMN " + renderer.column(change.column(), false));
    }

    @Override
    public Step visit(Change.DropColumn change) {
        Table table = current.table(change.table()).orElseThrow();
        if (!SqliteInPlace.canDrop(change.column().name(), table)) {
            return Step.REBUILD;
        }
        return Step.of("ALTER TABLE " + name(change.table()) + " DROP COLUMN " + quote.apply(change.column().name()));
    }

    @Override
    public Step visit(Change.RenameColumn change) {
        return Step.of("ALTER TABLE " + name(change.table()) + " RENAME COLUMN " + quote.apply(change.from())
                + " TO " + quote.apply(change.to()));
    }

    @Override
    public Step visit(Change.AlterColumn change) {
        if (change.what().contains(Change.ColumnAspect.COMMENT)) {
            throw noComments(change.table());
        }
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.AddPrimaryKey change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.DropPrimaryKey change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.AddUnique change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.DropUnique change) {
        return Step.REBUILD;
    }

    /** Folded into CREATE TABLE for a new table; an existing table is rebuilt with it. */
    @Override
    public Step visit(Change.AddForeignKey change) {
        return current.table(change.table()).isPresent() ? Step.REBUILD : Step.NONE;
    }

    /** Goes with its table when the table is dropped; otherwise the table is rebuilt without it. */
    @Override
    public Step visit(Change.DropForeignKey change) {
        return to.table(change.table()).isPresent() ? Step.REBUILD : Step.NONE;
    }

    @Override
    public Step visit(Change.AddCheck change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.DropCheck change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.AddIndex change) {
        return Step.of(renderer.createIndex(target(change.table()), change.index()));
    }

    @Override
    public Step visit(Change.DropIndex change) {
        return Step.of(renderer.dropIndex(change.index()));
    }

    @Override
    public Step visit(Change.SetTableComment change) {
        throw noComments(change.table());
    }

    /** WITHOUT ROWID and STRICT are written in CREATE TABLE only. */
    @Override
    public Step visit(Change.SetTableOptions change) {
        return Step.REBUILD;
    }

    @Override
    public Step visit(Change.AddEnum change) {
        throw noSuchObject("enum type", change.subject());
    }

    @Override
    public Step visit(Change.DropEnum change) {
        throw noSuchObject("enum type", change.subject());
    }

    @Override
    public Step visit(Change.AddEnumValues change) {
        throw noSuchObject("enum type", change.subject());
    }

    @Override
    public Step visit(Change.AddSequence change) {
        throw noSuchObject("sequence", change.subject());
    }

    @Override
    public Step visit(Change.DropSequence change) {
        throw noSuchObject("sequence", change.subject());
    }

    @Override
    public Step visit(Change.AlterSequence change) {
        throw noSuchObject("sequence", change.subject());
    }

    /** Created by the planner after every table change, with the views rebuilds had to drop. */
    @Override
    public Step visit(Change.AddView change) {
        return Step.NONE;
    }

    @Override
    public Step visit(Change.DropView change) {
        return Step.of("DROP VIEW " + name(change.view().name()));
    }

    private Table target(QualifiedName table) {
        return to.table(table).orElseThrow(() -> new IllegalArgumentException(
                "the change set names table " + table + ", which the target schema lacks"));
    }

    private String name(QualifiedName name) {
        return quote.apply(name.name());
    }

    static ShaleException noComments(QualifiedName table) {
        return ShaleException.usage("SQLite has no comments, and the target schema changes the comments of " + table,
                "leave comments out of a SQLite schema (an SQL comment in the schema file is fine)");
    }

    private static ShaleException noSuchObject(String kind, QualifiedName name) {
        return ShaleException.usage("SQLite has no " + kind + "s, and the change set adds, alters or drops the "
                + kind + " " + name, "write enums as CHECK constraints and sequences as AUTOINCREMENT columns for SQLite");
    }
}
