package dev.shale.diff;

import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a change set to a model the way a database would, for property tests of the
 * differ: applying diff(A, B) to A must give B. Independent of any dialect's SQL.
 */
final class ModelApplier implements Change.Visitor<Void> {
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, View> views = new LinkedHashMap<>();
    private final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
    private final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();

    static DatabaseSchema apply(DatabaseSchema schema, ChangeSet changes) {
        ModelApplier applier = new ModelApplier();
        schema.tables().forEach(t -> applier.tables.put(t.name(), t));
        schema.views().forEach(v -> applier.views.put(v.name(), v));
        schema.enums().forEach(e -> applier.enums.put(e.name(), e));
        schema.sequences().forEach(s -> applier.sequences.put(s.name(), s));
        changes.changes().forEach(c -> c.accept(applier));
        return new DatabaseSchema(schema.dialect(), schema.namespaces(), new ArrayList<>(applier.tables.values()),
                new ArrayList<>(applier.views.values()), new ArrayList<>(applier.enums.values()),
                new ArrayList<>(applier.sequences.values()), schema.unmanaged());
    }

    private Void edit(QualifiedName name, UnaryOperator<TableEdit> edit) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalStateException("no table " + name);
        }
        tables.put(name, edit.apply(new TableEdit(table)).build());
        return null;
    }

    @Override public Void visit(Change.AddTable c) {
        if (tables.putIfAbsent(c.table().name(), c.table()) != null) {
            throw new IllegalStateException("table exists " + c.table().name());
        }
        return null;
    }
    @Override public Void visit(Change.DropTable c) {
        tables.remove(c.table().name());
        return null;
    }
    @Override public Void visit(Change.RenameTable c) {
        Table t = tables.remove(c.from());
        tables.put(c.to(), new TableEdit(t).rename(c.to()).build());
        // Foreign keys elsewhere follow the renamed table, as in a database.
        tables.replaceAll((n, other) -> new TableEdit(other).retarget(c.from(), c.to()).build());
        return null;
    }
    @Override public Void visit(Change.AddColumn c) {
        return edit(c.table(), e -> e.columns(cols -> { cols.add(c.column()); }));
    }
    @Override public Void visit(Change.DropColumn c) {
        return edit(c.table(), e -> e.columns(cols -> cols.removeIf(col -> col.name().equals(c.column().name()))));
    }
    @Override public Void visit(Change.RenameColumn c) {
        edit(c.table(), e -> e.renameColumn(c.from(), c.to()));
        // Foreign keys that reference the column follow it, as in a database.
        tables.replaceAll((n, other) -> new TableEdit(other).retargetColumn(c.table(), c.from(), c.to()).build());
        return null;
    }
    @Override public Void visit(Change.AlterColumn c) {
        return edit(c.table(), e -> e.columns(cols -> cols.replaceAll(col -> col.name().equals(c.from().name()) ? c.to() : col)));
    }
    @Override public Void visit(Change.AddPrimaryKey c) {
        return edit(c.table(), e -> e.primaryKey(c.primaryKey()));
    }
    @Override public Void visit(Change.DropPrimaryKey c) {
        return edit(c.table(), e -> e.primaryKey(null));
    }
    @Override public Void visit(Change.AddUnique c) {
        return edit(c.table(), e -> e.uniques(l -> l.add(c.unique())));
    }
    @Override public Void visit(Change.DropUnique c) {
        return edit(c.table(), e -> e.uniques(l -> l.remove(c.unique())));
    }
    @Override public Void visit(Change.AddForeignKey c) {
        return edit(c.table(), e -> e.foreignKeys(l -> l.add(c.foreignKey())));
    }
    @Override public Void visit(Change.DropForeignKey c) {
        return edit(c.table(), e -> e.foreignKeys(l -> l.remove(c.foreignKey())));
    }
    @Override public Void visit(Change.AddCheck c) {
        return edit(c.table(), e -> e.checks(l -> l.add(c.check())));
    }
    @Override public Void visit(Change.DropCheck c) {
        return edit(c.table(), e -> e.checks(l -> l.remove(c.check())));
    }
    @Override public Void visit(Change.AddIndex c) {
        return edit(c.table(), e -> e.indexes(l -> l.add(c.index())));
    }
    @Override public Void visit(Change.DropIndex c) {
        return edit(c.table(), e -> e.indexes(l -> l.remove(c.index())));
    }
    @Override public Void visit(Change.SetTableComment c) {
        return edit(c.table(), e -> e.comment(c.to()));
    }
    @Override public Void visit(Change.SetTableOptions c) {
        return edit(c.table(), e -> e.options(c.to()));
    }
    @Override public Void visit(Change.AddEnum c) {
        enums.put(c.type().name(), c.type());
        return null;
    }
    @Override public Void visit(Change.DropEnum c) {
        enums.remove(c.type().name());
        return null;
    }
    @Override public Void visit(Change.AddEnumValues c) {
        enums.put(c.to().name(), c.to());
        return null;
    }
    @Override public Void visit(Change.AddSequence c) {
        sequences.put(c.sequence().name(), c.sequence());
        return null;
    }
    @Override public Void visit(Change.DropSequence c) {
        sequences.remove(c.sequence().name());
        return null;
    }
    @Override public Void visit(Change.AlterSequence c) {
        sequences.put(c.to().name(), c.to());
        return null;
    }
    @Override public Void visit(Change.AddView c) {
        if (views.putIfAbsent(c.view().name(), c.view()) != null) {
            throw new IllegalStateException("view exists " + c.view().name());
        }
        return null;
    }
    @Override public Void visit(Change.DropView c) {
        views.remove(c.view().name());
        return null;
    }

    /** Copy-on-write editing of a table record. */
    private static final class TableEdit {
        private Table t;

        TableEdit(Table t) {
            this.t = t;
        }

        Table build() {
            return t;
        }

        private TableEdit with(QualifiedName name, List<Column> cols, dev.shale.model.PrimaryKey pk,
                               List<dev.shale.model.UniqueConstraint> u, List<dev.shale.model.ForeignKey> f,
                               List<dev.shale.model.CheckConstraint> ch, List<dev.shale.model.Index> i, String comment,
                               java.util.SortedMap<String, String> options) {
            t = new Table(name, cols, pk, u, f, ch, i, comment, options);
            return this;
        }

        TableEdit rename(QualifiedName name) {
            return with(name, t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit retarget(QualifiedName from, QualifiedName to) {
            List<dev.shale.model.ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(from)
                    ? new dev.shale.model.ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(),
                            fk.onUpdate(), fk.deferrable()) : fk).toList();
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), fks, t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit retargetColumn(QualifiedName table, String from, String to) {
            List<dev.shale.model.ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.referencedTable().equals(table)
                    ? new dev.shale.model.ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                            fk.referencedColumns().stream().map(n -> n.equals(from) ? to : n).toList(),
                            fk.onDelete(), fk.onUpdate(), fk.deferrable()) : fk).toList();
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), fks, t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit renameColumn(String from, String to) {
            List<Column> cols = t.columns().stream().map(c -> c.name().equals(from)
                    ? new Column(to, c.type(), c.nullable(), c.defaultValue(), c.identity(), c.generated(), c.collation(), c.comment())
                    : c).toList();
            UnaryOperator<List<String>> r = l -> l.stream().map(n -> n.equals(from) ? to : n).toList();
            dev.shale.model.PrimaryKey pk = t.primaryKey() == null ? null : new dev.shale.model.PrimaryKey(t.primaryKey().name(), r.apply(t.primaryKey().columns()));
            List<dev.shale.model.Index> idx = t.indexes().stream().map(i -> new dev.shale.model.Index(i.name(), i.unique(),
                    i.keys().stream().map(k -> k.column() != null && k.column().equals(from)
                            ? new dev.shale.model.Index.Key(to, null, k.descending(), k.prefixLength()) : k).toList(),
                    i.where(), i.method(), r.apply(i.include()))).toList();
            List<dev.shale.model.UniqueConstraint> uq = t.uniques().stream().map(u -> new dev.shale.model.UniqueConstraint(u.name(), r.apply(u.columns()))).toList();
            List<dev.shale.model.ForeignKey> fks = t.foreignKeys().stream().map(fk -> new dev.shale.model.ForeignKey(fk.name(),
                    r.apply(fk.columns()), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable())).toList();
            return with(t.name(), cols, pk, uq, fks, t.checks(), idx, t.comment(), t.options());
        }

        TableEdit columns(java.util.function.Consumer<List<Column>> edit) {
            List<Column> cols = new ArrayList<>(t.columns());
            edit.accept(cols);
            return with(t.name(), cols, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit primaryKey(dev.shale.model.PrimaryKey pk) {
            return with(t.name(), t.columns(), pk, t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit uniques(java.util.function.Consumer<List<dev.shale.model.UniqueConstraint>> edit) {
            List<dev.shale.model.UniqueConstraint> l = new ArrayList<>(t.uniques());
            edit.accept(l);
            return with(t.name(), t.columns(), t.primaryKey(), l, t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit foreignKeys(java.util.function.Consumer<List<dev.shale.model.ForeignKey>> edit) {
            List<dev.shale.model.ForeignKey> l = new ArrayList<>(t.foreignKeys());
            edit.accept(l);
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), l, t.checks(), t.indexes(), t.comment(), t.options());
        }

        TableEdit checks(java.util.function.Consumer<List<dev.shale.model.CheckConstraint>> edit) {
            List<dev.shale.model.CheckConstraint> l = new ArrayList<>(t.checks());
            edit.accept(l);
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), l, t.indexes(), t.comment(), t.options());
        }

        TableEdit indexes(java.util.function.Consumer<List<dev.shale.model.Index>> edit) {
            List<dev.shale.model.Index> l = new ArrayList<>(t.indexes());
            edit.accept(l);
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), l, t.comment(), t.options());
        }

        TableEdit comment(String comment) {
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), comment, t.options());
        }

        TableEdit options(java.util.SortedMap<String, String> options) {
            return with(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), options);
        }
    }
}
