package dev.shale.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The differ is complete: for random schemas A and B, applying diff(A, B) to A in the model
 * gives B (column order aside, which no change set controls), and diff(B, A) takes it back.
 * The same property on the real databases belongs to the planners' tests.
 */
class DiffConvergenceProperties {

    @Property(tries = 300)
    void applyingTheDiffToTheSourceGivesTheTarget(@ForAll("schemas") DatabaseSchema a, @ForAll("schemas") DatabaseSchema b) {
        ChangeSet up = SchemaDiffer.diff(a, b);
        assertThat(comparable(ModelApplier.apply(a, up))).isEqualTo(comparable(b));
        assertThat(comparable(ModelApplier.apply(b, SchemaDiffer.diff(b, a)))).isEqualTo(comparable(a));
        assertThat(SchemaDiffer.diff(b, b).isEmpty()).isTrue();
    }

    @Property(tries = 200)
    void confirmedColumnRenamesConvergeToo(@ForAll("schemas") DatabaseSchema a, @ForAll long seed) {
        Random random = new Random(seed);
        Table victim = a.tables().get(random.nextInt(a.tables().size()));
        Column renamed = victim.columns().get(random.nextInt(victim.columns().size()));
        String newName = renamed.name() + "_renamed";
        DatabaseSchema b = renameColumn(a, victim.name(), renamed.name(), newName);
        RenameHints hints = new RenameHints(Map.of(), Map.of(victim.name(), Map.of(renamed.name(), newName)));
        ChangeSet up = SchemaDiffer.diff(a, b, hints);
        assertThat(up.changes()).contains(new Change.RenameColumn(victim.name(), renamed.name(), newName));
        assertThat(up.changes()).noneMatch(c -> c instanceof Change.DropColumn || c instanceof Change.AddColumn);
        assertThat(comparable(ModelApplier.apply(a, up))).isEqualTo(comparable(b));
        assertThat(comparable(ModelApplier.apply(b, SchemaDiffer.diff(b, a, hints.inverse())))).isEqualTo(comparable(a));
    }

    @Provide
    Arbitrary<DatabaseSchema> schemas() {
        return Arbitraries.longs().map(seed -> randomSchema(new Random(seed)));
    }

    private static final List<String> TYPES = List.of("integer", "bigint", "text", "varchar(20)", "boolean");

    private static DatabaseSchema randomSchema(Random r) {
        List<Table> tables = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int t = 0; t < count; t++) {
            tables.add(randomTable(r, "t" + t, count));
        }
        List<View> views = new ArrayList<>();
        if (r.nextBoolean()) {
            views.add(new View(QualifiedName.of("public", "v0"), "SELECT id FROM t0" + (r.nextBoolean() ? " WHERE id > 1" : ""), false, null));
        }
        if (r.nextBoolean() && !views.isEmpty()) {
            views.add(new View(QualifiedName.of("public", "v1"), "SELECT id FROM v0", false, null));
        }
        List<EnumType> enums = r.nextBoolean() ? List.of() : List.of(new EnumType(QualifiedName.of("public", "mood"),
                r.nextBoolean() ? List.of("sad", "happy") : List.of("sad", "ok", "happy")));
        return new DatabaseSchema("postgresql", List.of(), tables, views, enums, List.of(), List.of());
    }

    private static Table randomTable(Random r, String name, int tableCount) {
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", "integer", false)));
        for (int c = 0; c < 4; c++) {
            if (r.nextBoolean()) {
                columns.add(new Column("c" + c, TYPES.get(r.nextInt(TYPES.size())), r.nextBoolean(),
                        r.nextInt(3) == 0 ? "0" : null, null, null, null, r.nextInt(4) == 0 ? "note" : null));
            }
        }
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : columns.subList(1, columns.size())) {
            switch (r.nextInt(5)) {
                case 0 -> indexes.add(new Index(name + "_" + column.name() + "_idx", r.nextBoolean(),
                        List.of(new Index.Key(column.name(), null, r.nextBoolean(), null)), null, null, List.of()));
                case 1 -> uniques.add(new UniqueConstraint(name + "_" + column.name() + "_key", List.of(column.name())));
                case 2 -> fks.add(new ForeignKey(name + "_" + column.name() + "_fk", List.of(column.name()),
                        QualifiedName.of("public", "t" + r.nextInt(tableCount)), List.of("id"), null,
                        r.nextBoolean() ? ForeignKey.Action.CASCADE : null, null));
                case 3 -> checks.add(new CheckConstraint(name + "_" + column.name() + "_check", column.name() + " IS NOT NULL"));
                default -> { }
            }
        }
        PrimaryKey pk = r.nextInt(4) == 0 ? null : new PrimaryKey(name + "_pkey", List.of("id"));
        TreeMap<String, String> options = new TreeMap<>();
        if (r.nextInt(4) == 0) {
            options.put("unlogged", "true");
        }
        return new Table(QualifiedName.of("public", name), columns, pk, uniques, fks, checks, indexes,
                r.nextInt(3) == 0 ? "a table" : null, options);
    }

    private static DatabaseSchema renameColumn(DatabaseSchema s, QualifiedName table, String from, String to) {
        return ModelApplier.apply(s, new ChangeSet(List.of(new Change.RenameColumn(table, from, to))));
    }

    /** The schema with each table's columns in name order: column position is not part of a diff. */
    private static DatabaseSchema comparable(DatabaseSchema s) {
        List<Table> tables = s.tables().stream().map(t -> new Table(t.name(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(), t.uniques(),
                t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options())).toList();
        return new DatabaseSchema(s.dialect(), s.namespaces(), tables, s.views(), s.enums(), s.sequences(), s.unmanaged());
    }
}
