package dev.shale.dialect.postgres;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the columns of a re-created enum type to the new type. A column whose type stays
 * the enum's name still points at the old, renamed type; a column whose type changes is left
 * to its own ALTER COLUMN. Defaults are dropped first (the old default does not cast to the
 * new type) and set again after. Tables and columns are named as they are after the renames,
 * which run before enums.
 */
final class EnumColumns {
    private final PlanContext ctx;

    EnumColumns(PlanContext ctx) {
        this.ctx = ctx;
    }

    void convert(Change.AddEnum change, EnumType type, PlanSteps out) {
        Map<QualifiedName, QualifiedName> tableRenames = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columnRenames = new HashMap<>();
        for (Change c : ctx.changes().changes()) {
            if (c instanceof Change.RenameTable rename) {
                tableRenames.put(rename.from(), rename.to());
            } else if (c instanceof Change.RenameColumn rename) {
                columnRenames.computeIfAbsent(rename.table(), t -> new HashMap<>()).put(rename.from(), rename.to());
            }
        }
        for (Table table : ctx.from().tables()) {
            QualifiedName name = tableRenames.getOrDefault(table.name(), table.name());
            Table wanted = ctx.to().table(name).orElse(null);
            for (Column column : table.columns()) {
                String newName = columnRenames.getOrDefault(name, Map.of()).getOrDefault(column.name(), column.name());
                Column target = wanted == null ? null : wanted.column(newName).orElse(null);
                if (target != null && isOf(column.type(), type) && column.type().equals(target.type())) {
                    retype(change, name, target, out);
                }
            }
        }
    }

    private void retype(Change change, QualifiedName table, Column column, PlanSteps out) {
        String prefix = "ALTER COLUMN " + ctx.quote(column.name()) + " ";
        boolean array = column.type().endsWith("[]");
        String using = ctx.quote(column.name()) + "::text" + (array ? "[]" : "") + "::" + column.type();
        out.add(change, ctx.alterTable(table, prefix + "DROP DEFAULT"));
        out.add(change, ctx.alterTable(table, prefix + "TYPE " + column.type() + " USING " + using));
        if (column.defaultValue() != null) {
            out.add(change, ctx.alterTable(table, prefix + "SET DEFAULT " + column.defaultValue()));
        }
    }

    /** The column type names the enum (as format_type spells it), or an array of it. */
    private static boolean isOf(String columnType, EnumType type) {
        String base = columnType.endsWith("[]") ? columnType.substring(0, columnType.length() - 2) : columnType;
        List<String> parts = PostgresNames.identifierChain(base);
        return parts.size() == 2 && parts.get(0).equals(type.name().schema()) && parts.get(1).equals(type.name().name());
    }
}
