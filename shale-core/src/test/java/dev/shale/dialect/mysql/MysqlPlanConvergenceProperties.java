package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.View;
import dev.shale.plan.Plan;
import dev.shale.plan.SafePlan;
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
 * The planner converges on MariaDB: for random schemas A and B, each created on the server
 * and inspected (A', B': the server's normalised forms), the plan of diff(A', B') run on A'
 * gives exactly B' (column order included: added columns go to their target position), and
 * the plan of diff(B', A') takes it back to A'. Two databases are reused and emptied per try.
 */
class MysqlPlanConvergenceProperties {
    private static final List<String> TYPES = List.of("int", "bigint", "varchar(20)", "text", "tinyint(1)",
            "decimal(8,2)", "enum('a','b')", "datetime");

    private TestDatabase first;
    private TestDatabase second;

    @BeforeProperty
    void createDatabases() {
        first = TestDatabase.create(TestDialect.MARIADB);
        second = TestDatabase.create(TestDialect.MARIADB);
    }

    @AfterProperty
    void dropDatabases() {
        first.close();
        second.close();
    }

    @Property(tries = 200)
    void theUpPlanGivesTheTargetAndTheDownPlanGivesTheSourceBack(@ForAll("schemas") DatabaseSchema a,
                                                                  @ForAll("schemas") DatabaseSchema b) {
        DatabaseSchema normalB = created(second, b);
        DatabaseSchema normalA = created(first, a);

        Plan up = MysqlPlanRuns.migrate(first, normalB);
        assertThat(MysqlInspection.inspect(first)).as("after %s", up.sql()).isEqualTo(normalB);
        Plan down = MysqlPlanRuns.migrate(first, normalA);
        assertThat(MysqlInspection.inspect(first)).as("after %s", down.sql()).isEqualTo(normalA);
    }

    /** The safe form (ALGORITHM=INPLACE, LOCK=NONE on index clauses) is accepted by the server and converges too. */
    @Property(tries = 60)
    void theSafePlanGivesTheTargetToo(@ForAll("schemas") DatabaseSchema a, @ForAll("schemas") DatabaseSchema b) {
        DatabaseSchema normalB = created(second, b);
        DatabaseSchema normalA = created(first, a);

        SafePlan safe = first.dialect().planner().safePlan(SchemaDiffer.diff(normalA, normalB, RenameHints.NONE),
                normalA, normalB);
        MysqlPlanRuns.run(first, safe.up().sql());
        assertThat(MysqlInspection.inspect(first)).as("after %s", safe.up().sql()).isEqualTo(normalB);
    }

    private static DatabaseSchema created(TestDatabase db, DatabaseSchema schema) {
        String name = db.dialect().quote(db.name());
        db.execute("DROP DATABASE " + name, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        MysqlPlanRuns.run(db, db.dialect().ddl().createStatements(schema));
        return MysqlInspection.inspect(db);
    }

    @Provide
    Arbitrary<DatabaseSchema> schemas() {
        return Arbitraries.longs().map(seed -> randomSchema(new Random(seed)));
    }

    private static DatabaseSchema randomSchema(Random r) {
        List<Table> tables = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int t = 0; t < count; t++) {
            tables.add(randomTable(r, "t" + t, count));
        }
        List<View> views = new ArrayList<>();
        if (r.nextBoolean()) {
            views.add(new View(QualifiedName.of("v0"), "SELECT id FROM t0" + (r.nextBoolean() ? " WHERE id > 1" : ""), false, null));
            if (r.nextBoolean()) {
                views.add(new View(QualifiedName.of("v1"), "SELECT id FROM v0", false, null));
            }
        }
        List<Sequence> sequences = r.nextInt(3) > 0 ? List.of()
                : List.of(new Sequence(QualifiedName.of("s0"), "bigint", 1, 1 + r.nextInt(2), 1, 1000, 1000, r.nextBoolean()));
        return new DatabaseSchema("mysql", List.of(), tables, views, List.of(), sequences, List.of());
    }

    private static Table randomTable(Random r, String name, int tableCount) {
        boolean autoIncrement = r.nextInt(3) == 0;
        List<Column> columns = new ArrayList<>(List.of(new Column("id", "int", false, null,
                autoIncrement ? new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null) : null, null, null, null)));
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            if (r.nextBoolean()) {
                continue;
            }
            String column = "c" + c;
            int role = r.nextInt(6);
            String type = role == 2 ? "int" : TYPES.get(r.nextInt(TYPES.size()));
            boolean text = type.equals("text");
            columns.add(new Column(column, type, r.nextBoolean(), defaultFor(r, type), null, null, null,
                    r.nextInt(4) == 0 ? "note" : null));
            switch (role) {
                case 0 -> indexes.add(new Index(name + "_" + column + "_idx", false,
                        List.of(new Index.Key(column, null, r.nextBoolean(), text ? Integer.valueOf(10) : null)),
                        null, null, List.of()));
                case 1 -> {
                    if (!text) {
                        uniques.add(new UniqueConstraint(name + "_" + column + "_key", List.of(column)));
                    }
                }
                case 2 -> fks.add(new ForeignKey(name + "_" + column + "_fk", List.of(column),
                        QualifiedName.of("t" + r.nextInt(tableCount)), List.of("id"), null,
                        r.nextBoolean() ? ForeignKey.Action.CASCADE : null, null));
                case 3 -> checks.add(new CheckConstraint(name + "_" + column + "_check", "`" + column + "` IS NOT NULL"));
                default -> { }
            }
        }
        List<String> pkColumns = new ArrayList<>(List.of("id"));
        if (r.nextInt(4) == 0 && columns.size() > 1 && !columns.get(1).type().equals("text")) {
            pkColumns.add(columns.get(1).name());
        }
        TreeMap<String, String> options = new TreeMap<>();
        if (r.nextInt(5) == 0) {
            options.put("charset", "utf8mb4");
            options.put("collation", "utf8mb4_bin");
        }
        return new Table(QualifiedName.of(name), columns, new PrimaryKey(null, pkColumns), uniques, fks, checks,
                indexes, r.nextInt(3) == 0 ? "a table" : null, options);
    }

    private static String defaultFor(Random r, String type) {
        if (r.nextInt(3) != 0) {
            return null;
        }
        return switch (type) {
            case "int", "bigint", "tinyint(1)", "decimal(8,2)" -> "1";
            case "varchar(20)" -> "'x'";
            case "enum('a','b')" -> "'b'";
            case "datetime" -> "current_timestamp()";
            default -> null;
        };
    }
}
