package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.diff.Change.ColumnAspect;
import dev.shale.diff.ChangeSet;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.plan.SafePlan;
import dev.shale.plan.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The safe form of making an existing column of an existing table NOT NULL on MySQL /
 * MariaDB. The main migration keeps the column nullable (its other changes, such as a new
 * default, still happen there); {@link Stage#ONLINE} fills the NULLs in batches of
 * {@value #BACKFILL_BATCH} rows through a temporary procedure, each UPDATE committed on its
 * own since the migration runs with autocommit; {@link Stage#VALIDATE} then makes it NOT NULL
 * in place while writes go on ({@code ALGORITHM=INPLACE, LOCK=NONE}; the server fails rather
 * than copy the table or block writes). Without a default no value can be derived: the online
 * step is a check the user must replace, which stops the migration while NULLs remain.
 */
final class MysqlNotNullForm {
    static final int BACKFILL_BATCH = 1000;
    private static final int MAX_IDENTIFIER = 64;

    private final UnaryOperator<String> quote;
    private final MysqlTableRenderer render;
    private final DatabaseSchema from;
    private final DatabaseSchema to;

    MysqlNotNullForm(UnaryOperator<String> quote, DatabaseSchema from, DatabaseSchema to) {
        this.quote = quote;
        this.render = new MysqlTableRenderer(quote);
        this.from = from;
        this.to = to;
    }

    /** The changes with every column this form handles kept nullable (its other aspects still change). */
    ChangeSet relax(ChangeSet changes) {
        List<Change> relaxed = new ArrayList<>();
        for (Change change : changes.changes()) {
            if (change instanceof Change.AlterColumn alter && handles(alter)) {
                Set<ColumnAspect> rest = EnumSet.copyOf(alter.what());
                rest.remove(ColumnAspect.NULLABILITY);
                if (!rest.isEmpty()) {
                    relaxed.add(new Change.AlterColumn(alter.table(), alter.from(), nullable(alter.to()), rest));
                }
            } else {
                relaxed.add(change);
            }
        }
        return new ChangeSet(relaxed);
    }

    /** {@code main} (planned from {@link #relax}ed changes) with the backfill and NOT NULL stages added. */
    SafePlan finish(ChangeSet changes, SafePlan main) {
        List<PlannedStatement> online = new ArrayList<>();
        List<PlannedStatement> validate = new ArrayList<>();
        List<PlannedStatement> undo = new ArrayList<>(main.undo());
        List<String> safeguards = new ArrayList<>(main.safeguards());
        List<String> todos = new ArrayList<>(main.todos());
        for (Change change : changes.changes()) {
            if (!(change instanceof Change.AlterColumn alter) || !handles(alter)) {
                continue;
            }
            QualifiedName table = alter.table();
            Column column = alter.to();
            String where = table + "." + column.name();
            if (column.defaultValue() != null) {
                procedure(alter, "shale_backfill_", "", backfillBody(table, column), online);
                safeguards.add(where + ": backfilled with its default in batches of " + BACKFILL_BATCH
                        + " rows, each committed");
            } else {
                procedure(alter, "shale_check_", todoComment(table, column), guardBody(table, column), online);
                todos.add(where + " has no default, so no value for existing rows can be derived: replace the "
                        + "marked check in the " + Stage.ONLINE.fileSuffix().substring(1)
                        + " migration with a batched UPDATE");
            }
            boolean inPlace = from.table(table).filter(MysqlSafeForms::allowsLockNone).isPresent();
            String alterTable = "ALTER TABLE " + quote.apply(table.name()) + " MODIFY COLUMN ";
            validate.add(stage(alter, alterTable + render.column(column) + (inPlace ? MysqlSafeForms.ONLINE : ""),
                    Stage.VALIDATE));
            undo.add(stage(alter, alterTable + render.column(nullable(column)), Stage.VALIDATE));
            safeguards.add(where + ": NOT NULL after the backfill, in a migration of its own"
                    + (inPlace ? ", with ALGORITHM=INPLACE, LOCK=NONE" : ""));
        }
        List<PlannedStatement> statements = new ArrayList<>(main.up().statements());
        statements.addAll(online);
        statements.addAll(validate);
        return new SafePlan(new Plan(statements, main.up().notes()), undo, safeguards, todos);
    }

    /** A nullable column of a live table made NOT NULL; a key column's NOT NULL comes with its key. */
    private boolean handles(Change.AlterColumn alter) {
        Column target = alter.to();
        boolean keyColumn = to.table(alter.table()).map(Table::primaryKey)
                .filter(pk -> pk.columns().contains(target.name())).isPresent();
        return from.table(alter.table()).isPresent() && alter.from().nullable() && !target.nullable()
                && target.identity() == null && target.generated() == null && !keyColumn;
    }

    /**
     * Creates, calls and drops a procedure: MySQL has no anonymous blocks, and only a compound
     * statement can loop. A call that failed leaves it behind, so the next run drops it first.
     */
    private void procedure(Change change, String prefix, String comment, String body, List<PlannedStatement> out) {
        String name = quote.apply(shortName(prefix + change.subject().name() + "_" + ((Change.AlterColumn) change)
                .to().name()));
        out.add(stage(change, comment + "DROP PROCEDURE IF EXISTS " + name, Stage.ONLINE));
        out.add(stage(change, "CREATE PROCEDURE " + name + "()\nBEGIN\n" + body + "END", Stage.ONLINE));
        out.add(stage(change, "CALL " + name + "()", Stage.ONLINE));
        out.add(stage(change, "DROP PROCEDURE " + name, Stage.ONLINE));
    }

    /** SET … = DEFAULT takes the column's own default, whatever expression it is. */
    private String backfillBody(QualifiedName table, Column column) {
        String c = quote.apply(column.name());
        return "  REPEAT\n    UPDATE " + quote.apply(table.name()) + " SET " + c + " = DEFAULT WHERE " + c
                + " IS NULL LIMIT " + BACKFILL_BATCH + ";\n  UNTIL ROW_COUNT() = 0 END REPEAT;\n";
    }

    private String guardBody(QualifiedName table, Column column) {
        String c = quote.apply(column.name());
        String message = "rows of " + table + " hold NULL in " + column.name()
                + ": complete the backfill in this migration first";
        return "  DECLARE missing INT;\n  SELECT EXISTS (SELECT 1 FROM " + quote.apply(table.name()) + " WHERE " + c
                + " IS NULL) INTO missing;\n  IF missing THEN\n    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
                + MysqlExpressions.quoteString(message) + ";\n  END IF;\n";
    }

    private String todoComment(QualifiedName table, Column column) {
        String t = quote.apply(table.name());
        String c = quote.apply(column.name());
        return "-- TODO: " + table + "." + column.name() + " has no default, so Shale cannot derive a value for "
                + "existing rows.\n-- Replace the check below with a batched backfill, e.g. UPDATE " + t + " SET " + c
                + " = <value> WHERE " + c + " IS NULL LIMIT " + BACKFILL_BATCH + " in a REPEAT loop of a procedure.\n";
    }

    private static PlannedStatement stage(Change change, String sql, Stage stage) {
        return new PlannedStatement(sql, change, false, stage);
    }

    private static Column nullable(Column column) {
        return new Column(column.name(), column.type(), true, column.defaultValue(), column.identity(),
                column.generated(), column.collation(), column.comment());
    }

    private static String shortName(String name) {
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
