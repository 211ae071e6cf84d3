package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import java.util.Optional;

/** Plans columns that appear, disappear or are renamed. */
final class ColumnPlans {
    private final PlanContext ctx;

    ColumnPlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    void add(Change.AddColumn change, PlanSteps out) {
        QualifiedName table = change.table();
        Column column = change.column();
        Optional<QualifiedName> serial = ctx.toSerials().of(column).filter(s -> !ctx.fromSerials().exists(s));
        serial.ifPresent(s -> out.add(change, ctx.toSerials().create(s, column)));
        out.add(change, ctx.alterTable(table, "ADD COLUMN " + ctx.tables().column(column)));
        serial.ifPresent(s -> out.add(change, ctx.toSerials().ownedBy(s, table, column)));
        if (column.comment() != null) {
            out.add(change, ctx.objects().columnComment(table, column));
        }
        noteAdded(table, column, out);
    }

    /**
     * What the statement does to existing rows: PostgreSQL 11+ stores a constant default
     * without touching them, but identity, serial and generated columns fill every row.
     * https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES
     */
    private static void noteAdded(QualifiedName table, Column column, PlanSteps out) {
        String name = table + "." + column.name();
        if (!column.nullable() && column.defaultValue() == null && column.identity() == null
                && column.generated() == null) {
            out.note("Adding NOT NULL column " + name + " without a default fails if " + table + " has rows.");
        }
        if (column.identity() != null || column.generated() != null
                || PostgresNames.nextvalSequence(column.defaultValue()).isPresent()) {
            out.note("Adding " + name + " fills every existing row, which rewrites " + table
                    + " under an ACCESS EXCLUSIVE lock.");
        }
    }

    void drop(Change.DropColumn change, PlanSteps out) {
        out.add(change, ctx.alterTable(change.table(), "DROP COLUMN " + ctx.quote(change.column().name())));
        out.note("Dropping column " + change.table() + "." + change.column().name()
                + " deletes its values: the reverse plan adds the column back without them.");
    }

    void rename(Change.RenameColumn change, PlanSteps out) {
        out.add(change, ctx.alterTable(change.table(),
                "RENAME COLUMN " + ctx.quote(change.from()) + " TO " + ctx.quote(change.to())));
    }
}
