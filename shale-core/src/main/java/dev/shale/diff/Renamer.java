package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies confirmed renames to the "before" schema, as the database does on RENAME: table
 * and column names, column lists of keys and indexes, and foreign keys of other tables that
 * point at them. The differ then compares like with like, so a renamed column's index is
 * not dropped and re-created. Expressions (checks, expression indexes) are text and are not
 * rewritten; a rename they mention shows up as a changed check or index.
 */
final class Renamer {
    private Renamer() {
    }

    /** Emits the rename changes that apply to {@code from} and {@code to}, and returns {@code from} renamed. */
    static DatabaseSchema apply(DatabaseSchema from, DatabaseSchema to, RenameHints hints, Consumer<Change> out) {
        Map<QualifiedName, QualifiedName> tables = new java.util.HashMap<>();
        hints.tables().forEach((old, renamed) -> {
            if (from.table(old).isPresent() && to.table(renamed).isPresent()
                    && from.table(renamed).isEmpty() && to.table(old).isEmpty()) {
                tables.put(old, renamed);
                out.accept(new Change.RenameTable(old, renamed));
            }
        });
        Map<QualifiedName, Map<String, String>> columns = new java.util.HashMap<>();
        for (Table table : from.tables()) {
            QualifiedName name = tables.getOrDefault(table.name(), table.name());
            Map<String, String> renames = new java.util.HashMap<>();
            hints.columnsOf(name).forEach((old, renamed) -> {
                boolean valid = table.column(old).isPresent() && table.column(renamed).isEmpty()
                        && to.table(name).flatMap(t -> t.column(renamed)).isPresent()
                        && to.table(name).flatMap(t -> t.column(old)).isEmpty();
                if (valid) {
                    renames.put(old, renamed);
                    out.accept(new Change.RenameColumn(name, old, renamed));
                }
            });
            columns.put(table.name(), renames);
        }
        if (tables.isEmpty() && columns.values().stream().allMatch(Map::isEmpty)) {
            return from;
        }
        List<Table> renamedTables = new ArrayList<>();
        for (Table table : from.tables()) {
            renamedTables.add(rename(table, tables, columns));
        }
        return new DatabaseSchema(from.dialect(), from.namespaces(), renamedTables, from.views(), from.enums(),
                from.sequences(), from.unmanaged());
    }

    private static Table rename(Table table, Map<QualifiedName, QualifiedName> tables,
                                Map<QualifiedName, Map<String, String>> columns) {
        Map<String, String> own = columns.getOrDefault(table.name(), Map.of());
        List<Column> renamedColumns = table.columns().stream()
                .map(c -> own.containsKey(c.name()) ? c.withName(own.get(c.name())) : c).toList();
        PrimaryKey pk = table.primaryKey() == null ? null : table.primaryKey().withColumns(names(table.primaryKey().columns(), own));
        List<UniqueConstraint> uniques = table.uniques().stream().map(u -> u.withColumns(names(u.columns(), own))).toList();
        List<ForeignKey> fks = table.foreignKeys().stream().map(fk -> {
            QualifiedName target = fk.referencedTable();
            Map<String, String> targetRenames = columns.getOrDefault(target, Map.of());
            return fk.withColumns(names(fk.columns(), own), tables.getOrDefault(target, target),
                    names(fk.referencedColumns(), targetRenames));
        }).toList();
        List<Index> indexes = table.indexes().stream().map(i -> i.withKeys(
                i.keys().stream().map(k -> k.column() == null ? k : k.withColumn(own.getOrDefault(k.column(), k.column()))).toList(),
                names(i.include(), own))).toList();
        return new Table(tables.getOrDefault(table.name(), table.name()), renamedColumns, pk, uniques, fks,
                table.checks(), indexes, table.comment(), table.options());
    }

    private static List<String> names(List<String> columns, Map<String, String> renames) {
        return columns.stream().map(c -> renames.getOrDefault(c, c)).toList();
    }
}
