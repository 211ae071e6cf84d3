package dev.shale.desired;

import dev.shale.diff.RenameHints;
import dev.shale.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A disappearing table or column next to a compatible new one: maybe a rename, maybe a drop
 * and an add. Shale never guesses; the user says which.
 *
 * @param table the table (for a column: its table in the new schema; for a table: the old name)
 * @param from  the old column name, or null for a table rename
 * @param to    the new column or table name
 */
public record RenameCandidate(QualifiedName table, String from, String to) {

    public boolean isTable() {
        return from == null;
    }

    /** As written on the command line: {@code --rename users.name=full_name} or {@code --rename people=users}. */
    public String flag() {
        return isTable() ? table.name() + "=" + to : table.name() + "." + from + "=" + to;
    }

    /** As people read it: {@code users.name → users.full_name}. */
    public String describe() {
        return isTable() ? "table " + table + " → " + to
                : "column " + table + "." + from + " → " + table + "." + to;
    }

    /** The diff hints that confirm these candidates as renames. */
    public static RenameHints hints(List<RenameCandidate> confirmed) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (RenameCandidate c : confirmed) {
            if (c.isTable()) {
                tables.put(c.table(), new QualifiedName(c.table().schema(), c.to()));
            } else {
                columns.computeIfAbsent(c.table(), t -> new HashMap<>()).put(c.from(), c.to());
            }
        }
        return new RenameHints(tables, columns);
    }
}
