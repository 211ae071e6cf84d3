package dev.shale.dialect.postgres;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/** Plans whole-table changes: create, drop, rename, comment, and table options. */
final class TablePlans {
    private final PlanContext ctx;

    TablePlans(PlanContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The table with its constraints (foreign keys come as separate changes), indexes,
     * row-level security, comments, and the sequences of its serial columns.
     */
    void add(Change.AddTable change, PlanSteps out) {
        Table table = change.table();
        Map<QualifiedName, SerialSequences.Owner> serials = newSerials(table);
        serials.forEach((sequence, owner) -> out.add(change, ctx.toSerials().create(sequence, owner.column())));
        out.add(change, ctx.tables().createTable(table));
        out.addAll(change, ctx.tables().rowSecurity(table));
        serials.forEach((sequence, owner) ->
                out.add(change, ctx.toSerials().ownedBy(sequence, table.name(), owner.column())));
        table.indexes().forEach(index -> out.add(change, ctx.tables().createIndex(table.name(), index)));
        out.addAll(change, ctx.objects().tableComments(table));
    }

    private Map<QualifiedName, SerialSequences.Owner> newSerials(Table table) {
        Map<QualifiedName, SerialSequences.Owner> serials = new java.util.LinkedHashMap<>();
        for (Column column : table.columns()) {
            ctx.toSerials().of(column).filter(s -> !ctx.fromSerials().exists(s))
                    .ifPresent(s -> serials.putIfAbsent(s, new SerialSequences.Owner(table, column)));
        }
        return serials;
    }

    void drop(Change.DropTable change, PlanSteps out) {
        out.add(change, "DROP TABLE " + ctx.qualified(change.table().name()));
        out.note("Dropping table " + change.table().name() + " deletes its rows: the reverse plan re-creates "
                + "the table empty.");
    }

    /** A move to another schema is SET SCHEMA, then RENAME TO under the new schema. */
    void rename(Change.RenameTable change, PlanSteps out) {
        QualifiedName from = change.from();
        QualifiedName to = change.to();
        QualifiedName current = from;
        if (!Objects.equals(from.schema(), to.schema())) {
            out.add(change, ctx.alterTable(from, "SET SCHEMA " + ctx.quote(to.schema())));
            current = QualifiedName.of(to.schema(), from.name());
        }
        if (!from.name().equals(to.name())) {
            out.add(change, ctx.alterTable(current, "RENAME TO " + ctx.quote(to.name())));
        }
    }

    void comment(Change.SetTableComment change, PlanSteps out) {
        out.add(change, ctx.objects().tableComment(change.table(), change.to()));
    }

    /**
     * The options the inspector reads: {@code unlogged} (SET UNLOGGED / LOGGED rewrites the
     * table), {@code row_level_security} and {@code force_row_level_security}.
     * https://www.postgresql.org/docs/current/sql-altertable.html
     */
    void options(Change.SetTableOptions change, PlanSteps out) {
        SortedMap<String, String> from = change.from();
        SortedMap<String, String> to = change.to();
        java.util.Set<String> keys = new java.util.TreeSet<>(from.keySet());
        keys.addAll(to.keySet());
        for (String key : keys) {
            boolean on = "true".equals(to.get(key));
            if (on != "true".equals(from.get(key))) {
                out.add(change, ctx.alterTable(change.table(), option(change.table(), key, on)));
            }
        }
        if (!Objects.equals(from.get("unlogged"), to.get("unlogged"))) {
            out.note("Switching " + change.table() + " between LOGGED and UNLOGGED rewrites the whole table "
                    + "under an ACCESS EXCLUSIVE lock.");
        }
    }

    private static String option(QualifiedName table, String key, boolean on) {
        return switch (key) {
            case "unlogged" -> on ? "SET UNLOGGED" : "SET LOGGED";
            case "row_level_security" -> on ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY";
            case "force_row_level_security" -> on ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY";
            default -> throw ShaleException.usage("the table option '" + key + "' of " + table
                            + " cannot be changed on PostgreSQL",
                    "PostgreSQL table options Shale manages: unlogged, row_level_security, force_row_level_security");
        };
    }
}
