package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import java.util.Objects;

/**
 * What a reader of a MySQL/MariaDB migration must know that its SQL does not say: data that
 * is lost and cannot come back with the down migration, statements that may fail on existing
 * rows, and silent conversions. Null when a change needs no note.
 */
final class MysqlPlanNotes implements Change.Visitor<String> {

    @Override
    public String visit(Change.DropTable c) {
        return "dropping table '" + c.table().name() + "' deletes its rows: the down migration recreates it empty";
    }

    @Override
    public String visit(Change.DropColumn c) {
        return "dropping column '" + c.column().name() + "' of '" + c.table()
                + "' deletes its values: the down migration recreates it empty (or with its default)";
    }

    /** Strict mode (the default) refuses values that do not fit; without it they are truncated silently. */
    @Override
    public String visit(Change.AlterColumn c) {
        String column = "column '" + c.to().name() + "' of '" + c.table() + "'";
        if (c.what().contains(Change.ColumnAspect.TYPE)) {
            return "changing the type of " + column + " from " + c.from().type() + " to " + c.to().type()
                    + " copies the table (writes blocked); a narrower type fails on values that do not fit,"
                    + " or truncates them when sql_mode is not strict";
        }
        if (c.what().contains(Change.ColumnAspect.NULLABILITY) && !c.to().nullable()) {
            return "making " + column + " NOT NULL fails if a row holds NULL in it";
        }
        return null;
    }

    @Override
    public String visit(Change.AddColumn c) {
        var col = c.column();
        boolean zeroFilled = !col.nullable() && col.defaultValue() == null && col.identity() == null && col.generated() == null;
        return zeroFilled ? "adding NOT NULL column '" + col.name() + "' without a default to '" + c.table()
                + "' gives existing rows the type's zero value ('' or 0)" : null;
    }

    @Override
    public String visit(Change.AddPrimaryKey c) {
        return "adding the primary key of '" + c.table() + "' rebuilds the table and fails on duplicate or NULL values";
    }

    @Override
    public String visit(Change.AddUnique c) {
        return "unique constraint '" + c.unique().name() + "' fails to build if '" + c.table() + "' holds duplicates";
    }

    @Override
    public String visit(Change.AddCheck c) {
        return "check '" + c.check().name() + "' is verified on every row of '" + c.table() + "' and fails on a violating row";
    }

    @Override
    public String visit(Change.AddForeignKey c) {
        return null;
    }

    @Override
    public String visit(Change.SetTableOptions c) {
        String note = null;
        if (!Objects.equals(c.from().get("collation"), c.to().get("collation"))
                || !Objects.equals(c.from().get("charset"), c.to().get("charset"))) {
            note = "table '" + c.table() + "' is converted to " + c.to().get("collation")
                    + " (CONVERT TO): every text column's data is converted in a copy of the table that blocks writes;"
                    + " characters the new set lacks fail or become '?'. DEFAULT CHARSET alone would change only"
                    + " the default for columns added later";
        }
        if ("true".equals(c.from().get("system_versioning")) && !"true".equals(c.to().get("system_versioning"))) {
            note = (note == null ? "" : note + "; ") + "dropping system versioning of '" + c.table()
                    + "' deletes its row history";
        }
        if (!Objects.equals(c.from().get("engine"), c.to().get("engine"))) {
            note = (note == null ? "" : note + "; ") + "changing the engine of '" + c.table()
                    + "' copies the table (writes blocked)";
        }
        return note;
    }

    @Override
    public String visit(Change.DropSequence c) {
        return "dropping sequence '" + c.sequence().name() + "' loses its current value: the down migration restarts it";
    }

    @Override public String visit(Change.AddTable c) { return null; }
    @Override public String visit(Change.RenameTable c) { return null; }
    @Override public String visit(Change.RenameColumn c) { return null; }
    @Override public String visit(Change.DropPrimaryKey c) { return null; }
    @Override public String visit(Change.DropUnique c) { return null; }
    @Override public String visit(Change.DropForeignKey c) { return null; }
    @Override public String visit(Change.DropCheck c) { return null; }
    @Override public String visit(Change.AddIndex c) { return null; }
    @Override public String visit(Change.DropIndex c) { return null; }
    @Override public String visit(Change.SetTableComment c) { return null; }
    @Override public String visit(Change.AddEnum c) { return null; }
    @Override public String visit(Change.DropEnum c) { return null; }
    @Override public String visit(Change.AddEnumValues c) { return null; }
    @Override public String visit(Change.AddSequence c) { return null; }
    @Override public String visit(Change.AlterSequence c) { return null; }
    @Override public String visit(Change.AddView c) { return null; }
    @Override public String visit(Change.DropView c) { return null; }
}
