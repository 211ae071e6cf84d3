package dev.shale.dialect.postgres;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plans a change of a column's generation. A generated column that becomes a plain one keeps
 * its values with DROP EXPRESSION (PostgreSQL 13+). Any other change (a new or different
 * expression) has no ALTER before PostgreSQL 17, so the column is dropped and added again,
 * which recomputes every row; that is refused when a constraint or an index uses the column,
 * since dropping the column would silently drop them too.
 * https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-DROP-EXPRESSION
 */
final class GeneratedColumnPlan {
    private final PlanContext ctx;

    GeneratedColumnPlan(PlanContext ctx) {
        this.ctx = ctx;
    }

    /** @return true when the whole change is planned, false when the caller plans the other aspects */
    boolean plan(Change.AlterColumn change, PlanSteps out) {
        if (change.to().generated() == null) {
            out.add(change, ctx.alterTable(change.table(),
                    "ALTER COLUMN " + ctx.quote(change.from().name()) + " DROP EXPRESSION"));
            return false;
        }
        List<String> users = users(change);
        if (!users.isEmpty()) {
            throw ShaleException.usage("the generation of column " + change.table() + "." + change.to().name()
                            + " cannot change while " + String.join(", ", users) + " use it",
                    "PostgreSQL before 17 cannot alter a generation expression and dropping the column would drop "
                            + "them: change the expression in two migrations (drop what uses the column first)");
        }
        Column to = change.to();
        out.add(change, ctx.alterTable(change.table(), "DROP COLUMN " + ctx.quote(change.from().name())));
        out.add(change, ctx.alterTable(change.table(), "ADD COLUMN " + ctx.tables().column(to)));
        if (to.comment() != null) {
            out.add(change, ctx.objects().columnComment(change.table(), to));
        }
        out.note("Column " + change.table() + "." + to.name() + " is dropped and added again to change its "
                + "generation: its values are recomputed, the table is rewritten, and it moves to the last position.");
        return true;
    }

    /**
     * Constraints and indexes of the table as it is that name the column and that the change
     * set does not drop before (a re-created one is added back after the column).
     */
    private List<String> users(Change.AlterColumn change) {
        Set<String> dropped = dropped();
        return mentions(change).stream().filter(user -> !dropped.contains(user)).toList();
    }

    private Set<String> dropped() {
        Set<String> names = new HashSet<>();
        for (Change c : ctx.changes().changes()) {
            String name = droppedName(c);
            if (name != null) {
                names.add(c.subject() + "/" + name);
            }
        }
        return names;
    }

    private static String droppedName(Change c) {
        if (c instanceof Change.DropCheck d) {
            return d.check().name();
        } else if (c instanceof Change.DropUnique d) {
            return d.unique().name();
        } else if (c instanceof Change.DropIndex d) {
            return d.index().name();
        } else if (c instanceof Change.DropPrimaryKey d) {
            return d.primaryKey().name();
        } else if (c instanceof Change.DropForeignKey d) {
            return d.foreignKey().name();
        }
        return null;
    }

    private List<String> mentions(Change.AlterColumn change) {
        String column = change.from().name();
        Pattern word = Pattern.compile("(?<![\\w$\"])(" + ctx.names().spellings(column).stream()
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\w$\"])");
        Table table = ctx.from().tables().stream().filter(t -> t.columns().contains(change.from())
                && t.name().equals(change.table())).findFirst().orElse(null);
        List<String> users = new ArrayList<>();
        if (table == null) {
            return users;
        }
        String own = table.name() + "/";
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            users.add(own + table.primaryKey().name());
        }
        table.uniques().stream().filter(u -> u.columns().contains(column)).forEach(u -> users.add(own + u.name()));
        table.checks().stream().filter(c -> word.matcher(c.expression()).find()).forEach(c -> users.add(own + c.name()));
        table.foreignKeys().stream().filter(fk -> fk.columns().contains(column)).forEach(fk -> users.add(own + fk.name()));
        table.indexes().stream().filter(i -> uses(i, column, word)).forEach(i -> users.add(own + i.name()));
        for (Table other : ctx.from().tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.referencedTable().equals(table.name()) && fk.referencedColumns().contains(column)) {
                    users.add(other.name() + "/" + fk.name());
                }
            }
        }
        return users;
    }

    private static boolean uses(Index index, String column, Pattern word) {
        return index.include().contains(column) || index.where() != null && word.matcher(index.where()).find()
                || index.keys().stream().anyMatch(k -> column.equals(k.column())
                        || k.expression() != null && word.matcher(k.expression()).find());
    }
}
