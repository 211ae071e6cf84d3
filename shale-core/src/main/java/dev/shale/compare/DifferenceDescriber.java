package dev.shale.compare;

import dev.shale.diff.Change;
import java.util.Objects;

/**
 * Shows one change from TARGET to SOURCE side by side: what TARGET has, what SOURCE has.
 * A change that adds something means SOURCE has it and TARGET does not yet.
 */
final class DifferenceDescriber implements Change.Visitor<Side> {

    static Side describe(Change change) {
        return change.accept(new DifferenceDescriber());
    }

    public Side visit(Change.AddTable c) {
        return Side.onlySource("table", c.table().name().toString(), Definitions.table(c.table()));
    }

    public Side visit(Change.DropTable c) {
        return Side.onlyTarget("table", c.table().name().toString(), Definitions.table(c.table()));
    }

    public Side visit(Change.RenameTable c) {
        return new Side("table", c.from().toString(), "named " + c.from(), "named " + c.to());
    }

    public Side visit(Change.AddColumn c) {
        return Side.onlySource("column", c.column().name(), Definitions.column(c.column()));
    }

    public Side visit(Change.DropColumn c) {
        return Side.onlyTarget("column", c.column().name(), Definitions.column(c.column()));
    }

    public Side visit(Change.RenameColumn c) {
        return new Side("column", c.from(), "named " + c.from(), "named " + c.to());
    }

    public Side visit(Change.AlterColumn c) {
        return new Side("column", c.to().name(), Definitions.column(c.from()), Definitions.column(c.to()));
    }

    public Side visit(Change.AddPrimaryKey c) {
        return Side.onlySource("primary key", c.primaryKey().name(), Definitions.columns(c.primaryKey().columns()));
    }

    public Side visit(Change.DropPrimaryKey c) {
        return Side.onlyTarget("primary key", c.primaryKey().name(), Definitions.columns(c.primaryKey().columns()));
    }

    public Side visit(Change.AddUnique c) {
        return Side.onlySource("unique constraint", c.unique().name(), Definitions.unique(c.unique()));
    }

    public Side visit(Change.DropUnique c) {
        return Side.onlyTarget("unique constraint", c.unique().name(), Definitions.unique(c.unique()));
    }

    public Side visit(Change.AddForeignKey c) {
        return Side.onlySource("foreign key", c.foreignKey().name(), Definitions.foreignKey(c.foreignKey()));
    }

    public Side visit(Change.DropForeignKey c) {
        return Side.onlyTarget("foreign key", c.foreignKey().name(), Definitions.foreignKey(c.foreignKey()));
    }

    public Side visit(Change.AddCheck c) {
        return Side.onlySource("check constraint", c.check().name(), Definitions.check(c.check()));
    }

    public Side visit(Change.DropCheck c) {
        return Side.onlyTarget("check constraint", c.check().name(), Definitions.check(c.check()));
    }

    public Side visit(Change.AddIndex c) {
        return Side.onlySource("index", c.index().name(), Definitions.index(c.index()));
    }

    public Side visit(Change.DropIndex c) {
        return Side.onlyTarget("index", c.index().name(), Definitions.index(c.index()));
    }

    public Side visit(Change.SetTableComment c) {
        return new Side("comment", "", shown(c.from()), shown(c.to()));
    }

    public Side visit(Change.SetTableOptions c) {
        return new Side("table options", "", c.from().toString(), c.to().toString());
    }

    public Side visit(Change.AddEnum c) {
        return Side.onlySource("enum", c.type().name().toString(), String.join(", ", c.type().values()));
    }

    public Side visit(Change.DropEnum c) {
        return Side.onlyTarget("enum", c.type().name().toString(), String.join(", ", c.type().values()));
    }

    public Side visit(Change.AddEnumValues c) {
        return new Side("enum", c.from().name().toString(), String.join(", ", c.from().values()),
                String.join(", ", c.to().values()));
    }

    public Side visit(Change.AddSequence c) {
        return Side.onlySource("sequence", c.sequence().name().toString(), c.sequence().dataType());
    }

    public Side visit(Change.DropSequence c) {
        return Side.onlyTarget("sequence", c.sequence().name().toString(), c.sequence().dataType());
    }

    public Side visit(Change.AlterSequence c) {
        return new Side("sequence", c.to().name().toString(), c.from().toString(), c.to().toString());
    }

    public Side visit(Change.AddView c) {
        return Side.onlySource(c.view().materialized() ? "materialized view" : "view", c.view().name().toString(),
                c.view().definition());
    }

    public Side visit(Change.DropView c) {
        return Side.onlyTarget(c.view().materialized() ? "materialized view" : "view", c.view().name().toString(),
                c.view().definition());
    }

    private static String shown(String value) {
        return Objects.requireNonNullElse(value, "none");
    }
}
