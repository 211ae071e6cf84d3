package dev.shale.desired;

import dev.shale.ShaleException;
import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads renames written as {@code table.column=new_column} or {@code old_table=new_table}
 * (a table may be schema-qualified: {@code app.users.name=full_name}) into diff hints,
 * resolving the names against the two schemas.
 */
public final class RenameFlags {
    private RenameFlags() {
    }

    public static RenameHints parse(List<String> flags, DatabaseSchema from, DatabaseSchema to) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (String flag : flags) {
            String[] sides = flag.split("=", 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank() || sides[1].contains(".")) {
                throw invalid(flag, "write table.column=new_column or old_table=new_table");
            }
            String left = sides[0].trim();
            String right = sides[1].trim();
            Optional<Table> oldTable = find(from, left);
            if (oldTable.isPresent()) {
                tables.put(oldTable.get().name(), new QualifiedName(oldTable.get().name().schema(), right));
                continue;
            }
            int dot = left.lastIndexOf('.');
            Optional<Table> table = dot < 0 ? Optional.empty() : find(to, left.substring(0, dot));
            if (table.isEmpty()) {
                throw invalid(flag, "no table '" + (dot < 0 ? left : left.substring(0, dot)) + "' on the "
                        + (dot < 0 ? "old" : "new") + " side");
            }
            columns.computeIfAbsent(table.get().name(), t -> new HashMap<>()).put(left.substring(dot + 1), right);
        }
        return new RenameHints(tables, columns);
    }

    /** The hints of both lists together; the second wins where both rename the same thing. */
    public static RenameHints merge(RenameHints first, RenameHints second) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>(first.tables());
        tables.putAll(second.tables());
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        first.columns().forEach((t, c) -> columns.computeIfAbsent(t, k -> new HashMap<>()).putAll(c));
        second.columns().forEach((t, c) -> columns.computeIfAbsent(t, k -> new HashMap<>()).putAll(c));
        return new RenameHints(tables, columns);
    }

    private static Optional<Table> find(DatabaseSchema schema, String name) {
        return schema.tables().stream()
                .filter(t -> t.name().toString().equals(name) || t.name().name().equals(name))
                .findFirst();
    }

    private static ShaleException invalid(String flag, String why) {
        return ShaleException.usage("cannot read the rename '" + flag + "': " + why,
                "e.g. --rename users.name=full_name (a column) or --rename people=users (a table)");
    }
}
