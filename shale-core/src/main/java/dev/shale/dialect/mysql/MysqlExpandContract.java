package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.ExpandContractGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A column rename on MySQL / MariaDB as expand / contract. Expand: the new column is added
 * nullable right after the old one, BEFORE INSERT and BEFORE UPDATE triggers keep the two
 * equal (on INSERT the old column wins unless it is NULL or left at its default; on UPDATE
 * whichever column the writer changed wins, the old one if both), and existing rows are copied in batches of
 * {@value MysqlNotNullForm#BACKFILL_BATCH} through a temporary procedure, each UPDATE
 * committed on its own. Contract: the triggers go, the new column becomes NOT NULL (in place)
 * when the old one was, and the old column goes. A column used by a key, index, constraint or
 * view is refused, since those would need copies of their own.
 */
final class MysqlExpandContract {
    private static final ExpandContractGuard GUARD = new ExpandContractGuard("`");
    private static final int MAX_IDENTIFIER = 64;

    private final UnaryOperator<String> quote;
    private final MysqlTableRenderer render;

    MysqlExpandContract(UnaryOperator<String> quote) {
        this.quote = quote;
        this.render = new MysqlTableRenderer(quote);
    }

    ExpandContract plan(Change.RenameColumn rename, DatabaseSchema from) {
        Column old = GUARD.plainColumn(rename, from);
        Table table = from.table(rename.table()).orElseThrow();
        String t = "ALTER TABLE " + quote.apply(table.name().name()) + " ";
        String o = quote.apply(old.name());
        String n = quote.apply(rename.to());
        Column added = nullable(old, rename.to());
        String base = table.name().name() + "_" + rename.to() + "_sync";
        String insertTrigger = quote.apply(shortName(base + "_insert"));
        String updateTrigger = quote.apply(shortName(base + "_update"));
        String copyProcedure = quote.apply(shortName("shale_copy_" + table.name().name() + "_" + rename.to()));
        boolean inPlace = MysqlSafeForms.allowsLockNone(table);

        List<String> expandUp = new ArrayList<>();
        expandUp.add(t + "ADD COLUMN " + render.column(added) + " AFTER " + o);
        expandUp.addAll(sync(table, old, insertTrigger, updateTrigger, o, n));
        expandUp.addAll(copy(copyProcedure, table, o, n));
        List<String> unsync = List.of("DROP TRIGGER " + insertTrigger, "DROP TRIGGER " + updateTrigger);
        List<String> expandDown = new ArrayList<>(unsync);
        expandDown.add(t + "DROP COLUMN " + n);

        List<String> contractUp = new ArrayList<>(unsync);
        List<String> contractDown = new ArrayList<>();
        if (!old.nullable()) {
            contractUp.add(t + "MODIFY COLUMN " + render.column(renamed(old, rename.to()))
                    + (inPlace ? MysqlSafeForms.ONLINE : ""));
        }
        contractUp.add(t + "DROP COLUMN " + o);
        contractDown.add(t + "ADD COLUMN " + render.column(nullable(old, old.name())) + before(table, old));
        contractDown.addAll(sync(table, old, insertTrigger, updateTrigger, o, n));
        contractDown.addAll(copy(copyProcedure, table, n, o));
        if (!old.nullable()) {
            contractDown.add(t + "MODIFY COLUMN " + render.column(added));
            contractDown.add(t + "MODIFY COLUMN " + render.column(old));
        }
        List<String> notes = List.of(rename.table() + "." + rename.from() + " → " + rename.to() + ": between the "
                + "expand and the contract migration both columns exist and triggers keep them equal; deploy the "
                + "release that uses " + rename.to() + " before migrating the contract step.");
        return new ExpandContract(expandUp, expandDown, contractUp, contractDown, notes);
    }

    /**
     * Single-statement trigger bodies; assignments run left to right, so the second one sees the
     * first. INSERT: the old column wins unless it is NULL or, when the column has a default,
     * holds that default while the new one has a value (a writer that names only the new column
     * leaves the old one at its default, which must not win). UPDATE: the new column takes the
     * old one's value when the writer changed the old column, else the old column takes the new
     * one's.
     */
    private List<String> sync(Table table, Column old, String insertTrigger, String updateTrigger, String o,
                              String n) {
        String on = " ON " + quote.apply(table.name().name()) + " FOR EACH ROW SET ";
        String oldTakesNew = old.defaultValue() == null ? "NEW." + o + " IS NULL"
                : "NEW." + o + " IS NULL OR (NEW." + o + " <=> " + old.defaultValue() + " AND NEW." + n + " IS NOT NULL)";
        return List.of(
                "CREATE TRIGGER " + insertTrigger + " BEFORE INSERT" + on + "NEW." + o + " = IF(" + oldTakesNew
                        + ", NEW." + n + ", NEW." + o + "), NEW." + n + " = NEW." + o,
                "CREATE TRIGGER " + updateTrigger + " BEFORE UPDATE" + on + "NEW." + n + " = IF(NEW." + o
                        + " <=> OLD." + o + ", NEW." + n + ", NEW." + o + "), NEW." + o + " = NEW." + n);
    }

    /** Copies {@code source} into {@code target} in batches; see {@link MysqlNotNullForm} for why a procedure. */
    private List<String> copy(String procedure, Table table, String source, String target) {
        return List.of("DROP PROCEDURE IF EXISTS " + procedure,
                "CREATE PROCEDURE " + procedure + "()\nBEGIN\n  REPEAT\n    UPDATE " + quote.apply(table.name().name())
                        + " SET " + target + " = " + source + " WHERE NOT (" + target + " <=> " + source + ") LIMIT "
                        + MysqlNotNullForm.BACKFILL_BATCH + ";\n  UNTIL ROW_COUNT() = 0 END REPEAT;\nEND",
                "CALL " + procedure + "()",
                "DROP PROCEDURE " + procedure);
    }

    /** Where the old column goes back when the contract step is undone: its former place. */
    private String before(Table table, Column old) {
        int at = table.columns().indexOf(old);
        return at <= 0 ? " FIRST" : " AFTER " + quote.apply(table.columns().get(at - 1).name());
    }

    private static Column nullable(Column column, String name) {
        return new Column(name, column.type(), true, column.defaultValue(), null, null, column.collation(),
                column.comment());
    }

    private static Column renamed(Column column, String name) {
        return new Column(name, column.type(), column.nullable(), column.defaultValue(), null, null,
                column.collation(), column.comment());
    }

    private static String shortName(String name) {
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
