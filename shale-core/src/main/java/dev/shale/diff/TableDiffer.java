package dev.shale.diff;

import dev.shale.diff.Change.ColumnAspect;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Compares two versions of one table, column by column and constraint by constraint. */
final class TableDiffer {
    private TableDiffer() {
    }

    /** @param from the table as it is, with confirmed renames already applied */
    static void diff(Table from, Table to, Consumer<Change> out) {
        QualifiedName name = to.name();
        Map<String, Column> before = new LinkedHashMap<>();
        from.columns().forEach(column -> before.put(column.name(), column));
        for (Column old : before.values()) {
            if (to.column(old.name()).isEmpty()) {
                out.accept(new Change.DropColumn(name, old));
            }
        }
        for (Column wanted : to.columns()) {
            Column old = before.get(wanted.name());
            if (old == null) {
                out.accept(new Change.AddColumn(name, wanted));
            } else {
                Set<ColumnAspect> what = aspects(old, wanted);
                if (!what.isEmpty()) {
                    out.accept(new Change.AlterColumn(name, old, wanted, what));
                }
            }
        }
        diffConstraints(from, to, out);
    }

    private static void diffConstraints(Table from, Table to, Consumer<Change> out) {
        QualifiedName name = to.name();
        if (!Objects.equals(from.primaryKey(), to.primaryKey())) {
            if (from.primaryKey() != null) {
                out.accept(new Change.DropPrimaryKey(name, from.primaryKey()));
            }
            if (to.primaryKey() != null) {
                out.accept(new Change.AddPrimaryKey(name, to.primaryKey()));
            }
        }
        byName(from.uniques(), to.uniques(), u -> u.name(),
                u -> out.accept(new Change.DropUnique(name, u)), u -> out.accept(new Change.AddUnique(name, u)));
        byName(from.checks(), to.checks(), c -> c.name(),
                c -> out.accept(new Change.DropCheck(name, c)), c -> out.accept(new Change.AddCheck(name, c)));
        byName(from.foreignKeys(), to.foreignKeys(), fk -> fk.name(),
                fk -> out.accept(new Change.DropForeignKey(name, fk)), fk -> out.accept(new Change.AddForeignKey(name, fk)));
        byName(from.indexes(), to.indexes(), i -> i.name(),
                i -> out.accept(new Change.DropIndex(name, i)), i -> out.accept(new Change.AddIndex(name, i)));
        if (!Objects.equals(from.comment(), to.comment())) {
            out.accept(new Change.SetTableComment(name, from.comment(), to.comment()));
        }
        if (!from.options().equals(to.options())) {
            out.accept(new Change.SetTableOptions(name, from.options(), to.options()));
        }
    }

    /**
     * Matches items by name (unnamed items by value): an item that changed is dropped and added
     * again, since no database alters a constraint or an index in place.
     */
    private static <T> void byName(List<T> from, List<T> to, Function<T, String> name,
                                   Consumer<T> drop, Consumer<T> add) {
        Map<Object, T> wanted = new LinkedHashMap<>();
        to.forEach(item -> wanted.put(key(item, name), item));
        Map<Object, T> existing = new LinkedHashMap<>();
        from.forEach(item -> existing.put(key(item, name), item));
        existing.forEach((key, item) -> {
            if (!item.equals(wanted.get(key))) {
                drop.accept(item);
            }
        });
        wanted.forEach((key, item) -> {
            if (!item.equals(existing.get(key))) {
                add.accept(item);
            }
        });
    }

    private static <T> Object key(T item, Function<T, String> name) {
        return name.apply(item) == null ? item : name.apply(item);
    }

    private static Set<ColumnAspect> aspects(Column from, Column to) {
        Set<ColumnAspect> what = EnumSet.noneOf(ColumnAspect.class);
        if (!from.type().equals(to.type())) {
            what.add(ColumnAspect.TYPE);
        }
        if (from.nullable() != to.nullable()) {
            what.add(ColumnAspect.NULLABILITY);
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            what.add(ColumnAspect.DEFAULT);
        }
        if (!Objects.equals(from.identity(), to.identity())) {
            what.add(ColumnAspect.IDENTITY);
        }
        if (!Objects.equals(from.generated(), to.generated())) {
            what.add(ColumnAspect.GENERATED);
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            what.add(ColumnAspect.COLLATION);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(ColumnAspect.COMMENT);
        }
        return what;
    }
}
