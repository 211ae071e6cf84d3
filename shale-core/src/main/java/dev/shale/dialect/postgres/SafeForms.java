package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.diff.Change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.plan.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * The safe forms of changes to a table that already exists, spread over the stages of a safe
 * plan (see /docs/lint-rules.md, DS302, DS401, DS402):
 * <ul>
 *   <li>an index is built (or dropped) {@code CONCURRENTLY} in the no-transaction {@link Stage#ONLINE}
 *       migration (SHARE UPDATE EXCLUSIVE instead of SHARE or ACCESS EXCLUSIVE);</li>
 *   <li>a foreign key or CHECK is added {@code NOT VALID} (a brief lock, no scan) and
 *       validated in {@link Stage#VALIDATE}, which scans under SHARE UPDATE EXCLUSIVE;</li>
 *   <li>NOT NULL: the column stays (or is added) nullable, existing rows are backfilled in
 *       committed batches, then {@code CHECK (c IS NOT NULL) NOT VALID} is added, validated,
 *       and {@code SET NOT NULL} uses it instead of scanning (PostgreSQL 12+); the check goes.</li>
 * </ul>
 * New tables are empty, so their changes keep the plain form; so does a new NOT NULL column
 * with a default, which PostgreSQL 11+ adds without touching the rows.
 */
final class SafeForms {
    static final int BACKFILL_BATCH = 1000;
    private static final int MAX_IDENTIFIER = 63;

    private final PlanContext ctx;
    private final ColumnPlans columns;
    private final AlterColumnPlan alterColumn;

    SafeForms(PlanContext ctx, ColumnPlans columns, AlterColumnPlan alterColumn) {
        this.ctx = ctx;
        this.columns = columns;
        this.alterColumn = alterColumn;
    }

    private boolean live(QualifiedName table) {
        return ctx.from().table(table).isPresent();
    }

    /** A primary key column is NOT NULL by the key itself, which its own change adds. */
    private boolean inPrimaryKey(QualifiedName table, String column) {
        return ctx.to().table(table).map(Table::primaryKey).filter(pk -> pk.columns().contains(column)).isPresent();
    }

    boolean plan(Change.AddIndex change, PlanSteps out) {
        if (!live(change.table())) {
            return false;
        }
        String create = ctx.tables().createIndex(change.table(), change.index())
                .replaceFirst("INDEX ", "INDEX CONCURRENTLY ");
        QualifiedName index = QualifiedName.of(change.table().schema(), change.index().name());
        out.add(change, create, Stage.ONLINE, false);
        out.undo(change, "DROP INDEX CONCURRENTLY IF EXISTS " + ctx.qualified(index), Stage.ONLINE, false);
        out.safeguard("index " + change.index().name() + " on " + change.table()
                + ": built CONCURRENTLY in its own no-transaction migration");
        return true;
    }

    /**
     * An index dropped from a table that stays, with its columns: {@code DROP INDEX CONCURRENTLY}
     * in {@link Stage#ONLINE}. When the main migration drops a column of the table, PostgreSQL
     * drops the index with it, so the plain form stays.
     */
    boolean plan(Change.DropIndex change, PlanSteps out) {
        boolean columnsDropped = ctx.changes().changes().stream().anyMatch(c -> c.subject().equals(change.table())
                && (c instanceof Change.DropColumn || c instanceof Change.DropTable || c instanceof Change.RenameColumn));
        if (!live(change.table()) || ctx.to().table(change.table()).isEmpty() || columnsDropped) {
            return false;
        }
        QualifiedName index = QualifiedName.of(change.table().schema(), change.index().name());
        out.add(change, "DROP INDEX CONCURRENTLY IF EXISTS " + ctx.qualified(index), Stage.ONLINE, false);
        out.undo(change, ctx.tables().createIndex(change.table(), change.index())
                .replaceFirst("INDEX ", "INDEX CONCURRENTLY "), Stage.ONLINE, false);
        out.safeguard("index " + change.index().name() + " on " + change.table()
                + ": dropped CONCURRENTLY in its own no-transaction migration");
        return true;
    }

    boolean plan(Change.AddForeignKey change, PlanSteps out) {
        if (!live(change.table()) || change.foreignKey().name() == null) {
            return false;
        }
        out.add(change, ctx.tables().foreignKey(change.table(), change.foreignKey()) + " NOT VALID");
        validate(change, change.table(), change.foreignKey().name(), out);
        out.safeguard("foreign key " + change.foreignKey().name() + " on " + change.table()
                + ": added NOT VALID, validated in a later migration");
        return true;
    }

    boolean plan(Change.AddCheck change, PlanSteps out) {
        if (!live(change.table()) || change.check().name() == null) {
            return false;
        }
        out.add(change, ctx.alterTable(change.table(), "ADD " + ctx.tables().check(change.check()) + " NOT VALID"));
        validate(change, change.table(), change.check().name(), out);
        out.safeguard("check " + change.check().name() + " on " + change.table()
                + ": added NOT VALID, validated in a later migration");
        return true;
    }

    /** A NOT NULL column without a value for existing rows: added nullable, then made NOT NULL safely. */
    boolean plan(Change.AddColumn change, PlanSteps out) {
        Column column = change.column();
        if (!live(change.table()) || column.nullable() || column.defaultValue() != null
                || column.identity() != null || column.generated() != null || inPrimaryKey(change.table(), column.name())) {
            return false;
        }
        columns.add(new Change.AddColumn(change.table(), nullable(column)), out);
        notNull(change, change.table(), column, out);
        return true;
    }

    /** An existing column made NOT NULL: everything else about it changes plainly. */
    boolean plan(Change.AlterColumn change, PlanSteps out) {
        Column to = change.to();
        if (!live(change.table()) || !change.from().nullable() || to.nullable()
                || to.identity() != null || to.generated() != null || inPrimaryKey(change.table(), to.name())) {
            return false;
        }
        Set<ColumnAspect> rest = EnumSet.copyOf(change.what());
        rest.remove(ColumnAspect.NULLABILITY);
        if (!rest.isEmpty()) {
            alterColumn.plan(new Change.AlterColumn(change.table(), change.from(), nullable(to), rest), out);
        }
        notNull(change, change.table(), to, out);
        return true;
    }

    private void notNull(Change change, QualifiedName table, Column column, PlanSteps out) {
        String check = notNullCheckName(table, column.name());
        String addCheck = ctx.alterTable(table, "ADD CONSTRAINT " + ctx.quote(check) + " CHECK ("
                + ctx.quote(column.name()) + " IS NOT NULL) NOT VALID");
        String dropCheck = ctx.alterTable(table, "DROP CONSTRAINT " + ctx.quote(check));
        String columnClause = "ALTER COLUMN " + ctx.quote(column.name());
        if (column.defaultValue() != null) {
            out.add(change, backfill(table, column), Stage.ONLINE, false);
            out.safeguard(table + "." + column.name() + ": backfilled with its default in batches of "
                    + BACKFILL_BATCH + " rows, each committed");
        } else {
            out.add(change, nullGuard(table, column), Stage.ONLINE, false);
            out.todo(table + "." + column.name() + " has no default, so no value for existing rows can be "
                    + "derived: replace the marked check in the " + Stage.ONLINE.fileSuffix().substring(1)
                    + " migration with a batched UPDATE");
        }
        // After the backfill: an unvalidated check still refuses updates of rows that hold NULL.
        out.add(change, addCheck, Stage.VALIDATE, true);
        out.add(change, ctx.alterTable(table, "VALIDATE CONSTRAINT " + ctx.quote(check)), Stage.VALIDATE, true);
        out.add(change, ctx.alterTable(table, columnClause + " SET NOT NULL"), Stage.VALIDATE, true);
        out.add(change, dropCheck, Stage.VALIDATE, true);
        out.undo(change, ctx.alterTable(table, columnClause + " DROP NOT NULL"), Stage.VALIDATE, true);
        out.safeguard(table + "." + column.name() + ": NOT NULL through CHECK (" + column.name()
                + " IS NOT NULL) NOT VALID, validated, then SET NOT NULL without a scan");
    }

    private void validate(Change change, QualifiedName table, String constraint, PlanSteps out) {
        out.add(change, ctx.alterTable(table, "VALIDATE CONSTRAINT " + ctx.quote(constraint)), Stage.VALIDATE, true);
    }

    /** Batches of bounded UPDATEs, each committed (a DO block may COMMIT outside a transaction block). */
    private String backfill(QualifiedName table, Column column) {
        String t = ctx.qualified(table);
        String c = ctx.quote(column.name());
        return "DO $backfill$\nDECLARE\n  updated bigint;\nBEGIN\n  LOOP\n"
                + "    UPDATE " + t + " SET " + c + " = " + column.defaultValue() + " WHERE ctid IN (SELECT ctid FROM "
                + t + " WHERE " + c + " IS NULL LIMIT " + BACKFILL_BATCH + ");\n"
                + "    GET DIAGNOSTICS updated = ROW_COUNT;\n    EXIT WHEN updated = 0;\n    COMMIT;\n  END LOOP;\nEND\n"
                + "$backfill$";
    }

    /** Stops the migration, before any validation, while rows still need the value the user must supply. */
    private String nullGuard(QualifiedName table, Column column) {
        String t = ctx.qualified(table);
        String c = ctx.quote(column.name());
        return "-- TODO: " + table + "." + column.name() + " has no default, so Shale cannot derive a value for "
                + "existing rows.\n-- Replace this check with a batched backfill, e.g. UPDATE " + t + " SET " + c
                + " = <value> WHERE ctid IN (SELECT ctid FROM " + t + " WHERE " + c + " IS NULL LIMIT "
                + BACKFILL_BATCH + ") in a loop.\nDO $check$\nBEGIN\n  IF EXISTS (SELECT 1 FROM " + t + " WHERE " + c
                + " IS NULL) THEN\n    RAISE EXCEPTION 'rows of " + table.toString().replace("'", "''") + " hold NULL in "
                + column.name().replace("'", "''") + ": complete the backfill in this migration first';\n  END IF;\nEND\n"
                + "$check$";
    }

    private static Column nullable(Column column) {
        return new Column(column.name(), column.type(), true, column.defaultValue(), column.identity(),
                column.generated(), column.collation(), column.comment());
    }

    private static String notNullCheckName(QualifiedName table, String column) {
        String name = table.name() + "_" + column + "_not_null";
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
