package dev.shale.dialect.sqlite;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the {@code from} schema as they stand once the plan's RENAME statements have
 * run: SQLite's ALTER TABLE … RENAME rewrites the table's own keys, indexes and foreign keys
 * (https://www.sqlite.org/lang_altertable.html#alter_table_rename_column), so a later rebuild
 * or DROP COLUMN must be decided on the renamed table. Expressions (checks, expression index
 * keys) are text and are left as they are.
 */
final class SqliteCurrentTables {
    private final Map<QualifiedName, Table> byNewName = new HashMap<>();
    private final Map<QualifiedName, QualifiedName> originalNames = new HashMap<>();

    SqliteCurrentTables(DatabaseSchema from, ChangeSet changes) {
        Map<QualifiedName, QualifiedName> tableRenames = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columnRenames = new HashMap<>();
        for (Change change : changes.changes()) {
            if (change instanceof Change.RenameTable rename) {
                tableRenames.put(rename.from(), rename.to());
            } else if (change instanceof Change.RenameColumn rename) {
                columnRenames.computeIfAbsent(rename.table(), t -> new HashMap<>()).put(rename.from(), rename.to());
            }
        }
        for (Table table : from.tables()) {
            QualifiedName name = tableRenames.getOrDefault(table.name(), table.name());
            byNewName.put(name, renamed(table, name, columnRenames.getOrDefault(name, Map.of())));
            originalNames.put(name, table.name());
        }
    }

    /** The table that will be called {@code name} after the renames, if it exists before the plan. */
    Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(byNewName.get(name));
    }

    /** The name the table has in the {@code from} schema. */
    QualifiedName originalName(QualifiedName name) {
        return originalNames.getOrDefault(name, name);
    }

    private static Table renamed(Table table, QualifiedName name, Map<String, String> renames) {
        List<Column> columns = table.columns().stream().map(c -> renames.containsKey(c.name())
                ? new Column(renames.get(c.name()), c.type(), c.nullable(), c.defaultValue(), c.identity(),
                        c.generated(), c.collation(), c.comment())
                : c).toList();
        PrimaryKey pk = table.primaryKey() == null ? null
                : new PrimaryKey(table.primaryKey().name(), names(table.primaryKey().columns(), renames));
        List<UniqueConstraint> uniques = table.uniques().stream()
                .map(u -> new UniqueConstraint(u.name(), names(u.columns(), renames))).toList();
        List<ForeignKey> keys = table.foreignKeys().stream()
                .map(k -> new ForeignKey(k.name(), names(k.columns(), renames), k.referencedTable(),
                        k.referencedColumns(), k.onDelete(), k.onUpdate(), k.deferrable())).toList();
        List<Index> indexes = table.indexes().stream().map(i -> new Index(i.name(), i.unique(),
                i.keys().stream().map(k -> k.column() == null ? k
                        : new Index.Key(renames.getOrDefault(k.column(), k.column()), null, k.descending(),
                                k.prefixLength())).toList(),
                i.where(), i.method(), i.include())).toList();
        return new Table(name, columns, pk, uniques, keys, table.checks(), indexes, table.comment(), table.options());
    }

    private static List<String> names(List<String> columns, Map<String, String> renames) {
        return columns.stream().map(c -> renames.getOrDefault(c, c)).toList();
    }
}
