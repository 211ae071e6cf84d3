package dev.shale.diff;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A foreign key depends on the primary key or unique constraint it references: databases
 * refuse to drop that key while the foreign key exists. When a change set drops such a key
 * (to re-create it differently, or for good), the unchanged foreign keys that reference it
 * are dropped before and, when both sides still have them, added again after.
 */
final class ReferencingKeys {
    private ReferencingKeys() {
    }

    static void recreateForeignKeysOnChangedKeys(DatabaseSchema from, DatabaseSchema to, List<Change> changes) {
        Set<String> droppedKeys = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.DropPrimaryKey pk) {
                droppedKeys.add(key(pk.table(), pk.primaryKey().columns()));
            } else if (change instanceof Change.DropUnique unique) {
                droppedKeys.add(key(unique.table(), unique.unique().columns()));
            }
        }
        if (droppedKeys.isEmpty()) {
            return;
        }
        Set<String> alreadyDropped = new HashSet<>();
        changes.stream().filter(c -> c instanceof Change.DropForeignKey)
                .forEach(c -> alreadyDropped.add(c.subject() + "/" + ((Change.DropForeignKey) c).foreignKey().name()));
        for (Table table : from.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                boolean kept = to.table(table.name()).map(t -> t.foreignKeys().contains(fk)).orElse(false);
                if (kept && droppedKeys.contains(key(fk.referencedTable(), fk.referencedColumns()))
                        && !alreadyDropped.contains(table.name() + "/" + fk.name())) {
                    changes.add(new Change.DropForeignKey(table.name(), fk));
                    changes.add(new Change.AddForeignKey(table.name(), fk));
                }
            }
        }
    }

    private static String key(QualifiedName table, List<String> columns) {
        return table + "(" + String.join(",", columns) + ")";
    }
}
