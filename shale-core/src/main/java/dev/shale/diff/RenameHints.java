package dev.shale.diff;

import dev.shale.model.QualifiedName;
import java.util.Map;

/**
 * Renames the user confirmed (by flag, prompt or schema-file directive). Without a hint a
 * table or column that disappears is dropped and the new one added: renames are never guessed.
 *
 * @param tables  old table name → new table name
 * @param columns new table name → (old column name → new column name)
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {

    public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    public RenameHints {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    Map<String, String> columnsOf(QualifiedName table) {
        return columns.getOrDefault(table, Map.of());
    }

    /** The hints that undo these renames, for the down direction. */
    public RenameHints inverse() {
        Map<QualifiedName, QualifiedName> inverseTables = new java.util.HashMap<>();
        tables.forEach((from, to) -> inverseTables.put(to, from));
        Map<QualifiedName, Map<String, String>> inverseColumns = new java.util.HashMap<>();
        columns.forEach((table, renames) -> {
            QualifiedName oldTable = inverseTables.getOrDefault(table, table);
            Map<String, String> inverted = new java.util.HashMap<>();
            renames.forEach((from, to) -> inverted.put(to, from));
            inverseColumns.put(oldTable, inverted);
        });
        return new RenameHints(inverseTables, inverseColumns);
    }
}
