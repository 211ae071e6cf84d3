package dev.shale.dialect.sqlite;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What a reader of a SQLite plan must know and its SQL does not say: lost data and rewritten tables. */
final class SqlitePlanNotes {
    private SqlitePlanNotes() {
    }

    static List<String> of(ChangeSet changes, Collection<QualifiedName> rebuilt) {
        List<String> notes = new ArrayList<>();
        for (Change change : changes.changes()) {
            if (change instanceof Change.DropTable drop) {
                notes.add("table " + drop.table().name() + " is dropped with its rows: a reverse plan creates it "
                        + "again empty, the data cannot be brought back");
            } else if (change instanceof Change.DropColumn drop) {
                notes.add("column " + drop.column().name() + " of " + drop.table() + " is dropped with its values: a "
                        + "reverse plan adds it again without them" + (rebuilt.contains(drop.table()) ? ""
                        : "; SQLite rewrites every row of " + drop.table() + " to drop it"));
            }
        }
        for (QualifiedName table : rebuilt) {
            notes.add("table " + table + " is rebuilt (SQLite's ALTER TABLE cannot make its changes in place): its "
                    + "rows are copied into a new table, which takes time in proportion to them and locks the "
                    + "database for writing throughout");
        }
        if (!rebuilt.isEmpty()) {
            notes.add("the rebuilds need PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction: "
                    + "the plan stops at its first statement when the connection enforces foreign keys");
        }
        return notes;
    }
}
