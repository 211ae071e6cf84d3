package dev.shale.diff;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Schema × Schema → ChangeSet. Objects are matched by qualified name in hash maps, so the
 * diff is linear in the size of the schemas; {@link ChangeOrder} then puts the changes in an
 * executable order. Both schemas must come from the same dialect (normalised alike).
 */
public final class SchemaDiffer {
    private SchemaDiffer() {
    }

    public static ChangeSet diff(DatabaseSchema from, DatabaseSchema to) {
        return diff(from, to, RenameHints.NONE);
    }

    public static ChangeSet diff(DatabaseSchema from, DatabaseSchema to, RenameHints hints) {
        List<Change> changes = new ArrayList<>();
        DatabaseSchema renamed = Renamer.apply(from, to, hints, changes::add);
        diffTables(renamed, to, changes);
        diffEnums(renamed.enums(), to.enums(), changes);
        diffSequences(renamed.sequences(), to.sequences(), changes);
        diffViews(renamed, to, changes);
        ReferencingKeys.recreateForeignKeysOnChangedKeys(renamed, to, changes);
        return new ChangeSet(ChangeOrder.sort(changes));
    }

    private static void diffTables(DatabaseSchema from, DatabaseSchema to, List<Change> out) {
        Map<QualifiedName, Table> before = index(from.tables(), Table::name);
        Map<QualifiedName, Table> after = index(to.tables(), Table::name);
        for (Table old : from.tables()) {
            if (!after.containsKey(old.name())) {
                // A dropped table's foreign keys go first: the tables then drop in any order, and
                // the keys they reference on kept tables may change before the tables drop.
                old.foreignKeys().stream()
                        .filter(fk -> !fk.referencedTable().equals(old.name()))
                        .forEach(fk -> out.add(new Change.DropForeignKey(old.name(), fk)));
                out.add(new Change.DropTable(old));
            }
        }
        for (Table wanted : to.tables()) {
            Table old = before.get(wanted.name());
            if (old == null) {
                // Foreign keys are added once every table exists, so that cycles can be created.
                out.add(new Change.AddTable(withoutForeignKeys(wanted)));
                wanted.foreignKeys().forEach(fk -> out.add(new Change.AddForeignKey(wanted.name(), fk)));
            } else if (!old.equals(wanted)) {
                TableDiffer.diff(old, wanted, out::add);
            }
        }
    }

    private static void diffEnums(List<EnumType> from, List<EnumType> to, List<Change> out) {
        Map<QualifiedName, EnumType> after = index(to, EnumType::name);
        Map<QualifiedName, EnumType> before = index(from, EnumType::name);
        from.stream().filter(e -> !after.containsKey(e.name())).forEach(e -> out.add(new Change.DropEnum(e)));
        for (EnumType wanted : to) {
            EnumType old = before.get(wanted.name());
            if (old == null) {
                out.add(new Change.AddEnum(wanted));
            } else if (!old.equals(wanted)) {
                List<String> kept = wanted.values().stream().filter(old.values()::contains).toList();
                if (kept.equals(old.values())) {
                    List<String> added = wanted.values().stream().filter(v -> !old.values().contains(v)).toList();
                    out.add(new Change.AddEnumValues(old, wanted, added));
                } else {
                    // Values removed or reordered: no database alters that in place.
                    out.add(new Change.DropEnum(old));
                    out.add(new Change.AddEnum(wanted));
                }
            }
        }
    }

    private static void diffSequences(List<Sequence> from, List<Sequence> to, List<Change> out) {
        Map<QualifiedName, Sequence> after = index(to, Sequence::name);
        Map<QualifiedName, Sequence> before = index(from, Sequence::name);
        from.stream().filter(s -> !after.containsKey(s.name())).forEach(s -> out.add(new Change.DropSequence(s)));
        for (Sequence wanted : to) {
            Sequence old = before.get(wanted.name());
            if (old == null) {
                out.add(new Change.AddSequence(wanted));
            } else if (!old.equals(wanted)) {
                out.add(new Change.AlterSequence(old, wanted));
            }
        }
    }

    /**
     * A view is re-created when its definition changed, or when it mentions a table whose
     * columns change or a view that is re-created (the database would refuse the change, or
     * keep the view's old column list).
     */
    private static void diffViews(DatabaseSchema from, DatabaseSchema to, List<Change> out) {
        Map<QualifiedName, View> after = index(to.views(), View::name);
        Map<QualifiedName, View> before = index(from.views(), View::name);
        java.util.Set<QualifiedName> touched = out.stream().filter(ChangeOrder::changesColumns)
                .map(Change::subject).collect(Collectors.toCollection(java.util.HashSet::new));
        List<View> recreate = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View old : from.views()) {
                View wanted = after.get(old.name());
                boolean affected = !old.equals(wanted) || touched.stream().anyMatch(t -> ViewReferences.mentions(old, t));
                if (affected && !recreate.contains(old)) {
                    recreate.add(old);
                    touched.add(old.name());
                    grew = true;
                }
            }
        }
        recreate.forEach(v -> out.add(new Change.DropView(v)));
        for (View wanted : to.views()) {
            View old = before.get(wanted.name());
            if (old == null || recreate.contains(old)) {
                out.add(new Change.AddView(wanted));
            }
        }
    }

    private static Table withoutForeignKeys(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), List.<ForeignKey>of(),
                table.checks(), table.indexes(), table.comment(), table.options());
    }

    private static <T> Map<QualifiedName, T> index(List<T> items, Function<T, QualifiedName> key) {
        Map<QualifiedName, T> map = new java.util.HashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
