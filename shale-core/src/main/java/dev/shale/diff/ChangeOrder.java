package dev.shale.diff;

import dev.shale.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts changes in an order a database can execute: what depends on an object is dropped
 * before it and created after it. Changes are grouped in phases; inside a phase the
 * differ's order (by name) is kept, except for views, which follow their dependencies. A
 * replaced enum (DropEnum then AddEnum of one name) is dropped in the phase just before.
 */
final class ChangeOrder {
    private ChangeOrder() {
    }

    static List<Change> sort(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(ChangeOrder::phase));
        return orderViews(sorted);
    }

    /** True for changes after which a view over the table may no longer be valid. */
    static boolean changesColumns(Change change) {
        return change instanceof Change.AlterColumn || change instanceof Change.DropColumn
                || change instanceof Change.RenameColumn || change instanceof Change.RenameTable
                || change instanceof Change.DropTable;
    }

    /**
     * The phase of each kind of change; lower phases run first. A test checks that every kind
     * of {@link Change} has one.
     */
    static final Map<Class<? extends Change>, Integer> PHASES = Map.ofEntries(
            Map.entry(Change.DropView.class, 0),
            // Renames first: every later change names a table and its columns by their new names.
            Map.entry(Change.RenameTable.class, 1),
            Map.entry(Change.RenameColumn.class, 2),
            Map.entry(Change.DropForeignKey.class, 3),
            Map.entry(Change.DropIndex.class, 4),
            Map.entry(Change.DropUnique.class, 4),
            Map.entry(Change.DropCheck.class, 4),
            Map.entry(Change.DropPrimaryKey.class, 4),
            Map.entry(Change.DropEnum.class, 5),
            Map.entry(Change.AddEnum.class, 6),
            Map.entry(Change.AddEnumValues.class, 6),
            Map.entry(Change.AddSequence.class, 6),
            Map.entry(Change.AlterSequence.class, 6),
            Map.entry(Change.AddTable.class, 7),
            Map.entry(Change.AddColumn.class, 8),
            Map.entry(Change.AlterColumn.class, 8),
            Map.entry(Change.DropColumn.class, 8),
            Map.entry(Change.SetTableOptions.class, 8),
            Map.entry(Change.DropTable.class, 9),
            Map.entry(Change.DropSequence.class, 10),
            Map.entry(Change.AddPrimaryKey.class, 11),
            Map.entry(Change.AddUnique.class, 11),
            Map.entry(Change.AddCheck.class, 11),
            Map.entry(Change.AddIndex.class, 11),
            Map.entry(Change.AddForeignKey.class, 12),
            Map.entry(Change.AddView.class, 13),
            Map.entry(Change.SetTableComment.class, 14));

    private static int phase(Change change) {
        return PHASES.get(change.getClass());
    }

    /** Creates views after the views they mention, and drops them before. */
    private static List<Change> orderViews(List<Change> sorted) {
        List<View> added = sorted.stream().filter(c -> c instanceof Change.AddView)
                .map(c -> ((Change.AddView) c).view()).toList();
        List<View> dropped = sorted.stream().filter(c -> c instanceof Change.DropView)
                .map(c -> ((Change.DropView) c).view()).toList();
        List<View> creationOrder = dependenciesFirst(added);
        List<View> dropOrder = new ArrayList<>(dependenciesFirst(dropped));
        java.util.Collections.reverse(dropOrder);
        List<Change> result = new ArrayList<>();
        int addIndex = 0;
        int dropIndex = 0;
        for (Change change : sorted) {
            if (change instanceof Change.AddView) {
                result.add(new Change.AddView(creationOrder.get(addIndex++)));
            } else if (change instanceof Change.DropView) {
                result.add(new Change.DropView(dropOrder.get(dropIndex++)));
            } else {
                result.add(change);
            }
        }
        return result;
    }

    private static List<View> dependenciesFirst(List<View> views) {
        List<View> ordered = new ArrayList<>();
        Set<View> placed = new HashSet<>();
        List<View> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            View next = pending.stream()
                    .filter(v -> pending.stream().noneMatch(other -> other != v && ViewReferences.mentions(v, other.name())))
                    .findFirst()
                    // A mention cycle can only be a false positive of the word match: keep name order.
                    .orElse(pending.get(0));
            ordered.add(next);
            placed.add(next);
            pending.remove(next);
        }
        return ordered;
    }
}
