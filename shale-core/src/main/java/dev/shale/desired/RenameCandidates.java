package dev.shale.desired;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds possible renames in a change set: a dropped and an added column of the same table
 * and type, or a dropped and an added table with the same columns.
 */
public final class RenameCandidates {
    private RenameCandidates() {
    }

    public static List<RenameCandidate> find(ChangeSet changes) {
        List<RenameCandidate> found = new ArrayList<>();
        List<Change.DropColumn> dropped = of(changes, Change.DropColumn.class);
        for (Change.AddColumn added : of(changes, Change.AddColumn.class)) {
            dropped.stream()
                    .filter(d -> d.table().equals(added.table()) && d.column().type().equals(added.column().type()))
                    .forEach(d -> found.add(new RenameCandidate(added.table(), d.column().name(), added.column().name())));
        }
        for (Change.AddTable added : of(changes, Change.AddTable.class)) {
            for (Change.DropTable droppedTable : of(changes, Change.DropTable.class)) {
                if (columnsOf(droppedTable.table()).equals(columnsOf(added.table()))
                        && sameNamespace(droppedTable.table().name(), added.table().name())) {
                    found.add(new RenameCandidate(droppedTable.table().name(), null, added.table().name().name()));
                }
            }
        }
        return found;
    }

    private static boolean sameNamespace(QualifiedName a, QualifiedName b) {
        return a.schema() == null ? b.schema() == null : a.schema().equals(b.schema());
    }

    private static Set<String> columnsOf(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
    }

    private static <T extends Change> List<T> of(ChangeSet changes, Class<T> kind) {
        return changes.changes().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
