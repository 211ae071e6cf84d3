package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameHints;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The planner converges on real SQLite: for random schemas A and B, each created on an empty
 * database and read back (A', B'), the plan of diff(A', B') run on A' gives B', and the plan
 * back gives A' again (column order aside: ADD COLUMN appends), with A's rows in place all along
 * (SQLite checks most ALTER TABLE restrictions against existing rows only). Two database files
 * are reused, emptied before each try.
 */
class SqlitePlanConvergenceProperties {
    private static final List<String> TYPES = List.of("INTEGER", "TEXT", "VARCHAR(20)", "REAL", "NUMERIC", "BLOB", "");
    private static final List<String> DEFAULTS = List.of("0", "'x'", "abs(-1)", "CURRENT_TIMESTAMP");

    private static final String ROWS_OF_T0 = "SELECT id, typeof(id) FROM t0";

    private TestDatabase migrated;
    private TestDatabase target;

    @BeforeProperty
    void createDatabases() {
        migrated = TestDatabase.create(TestDialect.SQLITE);
        target = TestDatabase.create(TestDialect.SQLITE);
    }

    @AfterProperty
    void dropDatabases() {
        migrated.close();
        target.close();
    }

    @Property(tries = 300)
    void thePlanTakesTheDatabaseToTheTargetAndBack(@ForAll("schemas") DatabaseSchema a, @ForAll("schemas") DatabaseSchema b) {
        DatabaseSchema aRead = create(migrated, a);
        DatabaseSchema bRead = create(target, b);
        aRead.tables().forEach(table -> migrated.execute(oneRow(table)));
        List<List<String>> rows = migrated.query(ROWS_OF_T0);

        SqlitePlanRuns.migrate(migrated, bRead, RenameHints.NONE);
        assertThat(SqlitePlanRuns.comparable(SqliteSchemas.inspect(migrated))).isEqualTo(SqlitePlanRuns.comparable(bRead));

        SqlitePlanRuns.migrate(migrated, aRead, RenameHints.NONE);
        assertThat(SqlitePlanRuns.comparable(SqliteSchemas.inspect(migrated))).isEqualTo(SqlitePlanRuns.comparable(aRead));
        assertThat(migrated.query(ROWS_OF_T0)).isEqualTo(rows);
    }

    /**
     * Every table has a row with id 1 and 1 in every other column it stores: it satisfies every
     * generated key and check, and every foreign key (they all point at t0, which every schema has).
     */
    private static String oneRow(Table table) {
        List<String> columns = table.columns().stream().filter(c -> c.generated() == null).map(c -> "\"" + c.name() + "\"")
                .toList();
        return "INSERT INTO \"" + table.name().name() + "\" (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "1").toList()) + ")";
    }

    private static DatabaseSchema create(TestDatabase db, DatabaseSchema schema) {
        List<List<String>> objects = db.query("SELECT type, name FROM sqlite_schema WHERE type IN ('view', 'table') "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC");
        db.execute(objects.stream().map(o -> "DROP " + o.get(0).toUpperCase() + " \"" + o.get(1) + "\"")
                .toArray(String[]::new));
        db.execute(db.dialect().ddl().createStatements(schema).toArray(String[]::new));
        return SqliteSchemas.inspect(db);
    }

    @Provide
    Arbitrary<DatabaseSchema> schemas() {
        return Arbitraries.longs().map(seed -> randomSchema(new Random(seed)));
    }

    private static DatabaseSchema randomSchema(Random r) {
        List<Table> tables = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int t = 0; t < count; t++) {
            tables.add(randomTable(r, "t" + t));
        }
        List<View> views = new ArrayList<>();
        if (r.nextBoolean()) {
            views.add(new View(QualifiedName.of("v0"), "SELECT id FROM t0" + (r.nextBoolean() ? " WHERE id > 1" : ""),
                    false, null));
            if (r.nextBoolean()) {
                views.add(new View(QualifiedName.of("v1"), "SELECT id FROM v0", false, null));
            }
        }
        return new DatabaseSchema("sqlite", List.of(), tables, views, List.of(), List.of(), List.of());
    }

    private static Table randomTable(Random r, String name) {
        boolean autoincrement = r.nextInt(4) == 0;
        List<Column> columns = new ArrayList<>(List.of(new Column("id", "INTEGER", false, null,
                autoincrement ? new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null) : null,
                null, null, null)));
        for (int c = 0; c < 4; c++) {
            if (r.nextBoolean()) {
                boolean nullable = r.nextBoolean();
                String value = r.nextInt(3) == 0 || !nullable ? DEFAULTS.get(r.nextInt(DEFAULTS.size())) : null;
                columns.add(new Column("c" + c, TYPES.get(r.nextInt(TYPES.size())), nullable, value, null, null,
                        r.nextInt(5) == 0 ? "NOCASE" : null, null));
            }
        }
        if (r.nextInt(4) == 0) {
            columns.add(new Column("g", "INTEGER", true, null, null,
                    new Column.Generated("id * 2", r.nextBoolean()), null, null));
        }
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : columns.subList(1, columns.size())) {
            String prefix = name + "_" + column.name();
            switch (r.nextInt(5)) {
                case 0 -> indexes.add(new Index(prefix + "_idx", r.nextBoolean(),
                        List.of(new Index.Key(column.name(), null, r.nextBoolean(), null)), null, null, List.of()));
                case 1 -> uniques.add(new UniqueConstraint(prefix + "_key", List.of(column.name())));
                // A default or generated value in a foreign key column would point at no row of t0.
                case 2 -> fks.addAll(column.defaultValue() != null || column.generated() != null ? List.of() : List.of(new ForeignKey(prefix + "_fk", List.of(column.name()),
                        QualifiedName.of("t0"), List.of("id"),
                        r.nextBoolean() ? ForeignKey.Action.CASCADE : null, null, null)));
                case 3 -> checks.add(new CheckConstraint(prefix + "_check", "length(" + column.name() + ") < 100"));
                default -> { }
            }
        }
        TreeMap<String, String> options = new TreeMap<>();
        if (!autoincrement && r.nextInt(4) == 0) {
            options.put("without_rowid", "true");
        }
        return new Table(QualifiedName.of(name), columns, new PrimaryKey(null, List.of("id")), uniques, fks, checks,
                indexes, null, options);
    }
}
