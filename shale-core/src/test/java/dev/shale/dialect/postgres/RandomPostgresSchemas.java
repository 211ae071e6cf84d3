package dev.shale.dialect.postgres;

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
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random schema models that PostgreSQL accepts, for the planner's convergence property: the
 * differ's model-level generator with PostgreSQL types, defaults that fit them, identity,
 * serial and generated columns, a second schema and names that need quoting. Table {@code i}
 * always has the same name, so that two random schemas share tables that then change.
 */
final class RandomPostgresSchemas {
    static final String OTHER_SCHEMA = "Other";
    private static final List<QualifiedName> TABLES = List.of(QualifiedName.of("public", "t0"),
            QualifiedName.of(OTHER_SCHEMA, "order"), QualifiedName.of("public", "Tåble"), QualifiedName.of("public", "t3"));
    private static final List<String> TYPES = List.of("integer", "bigint", "text", "varchar(20)", "boolean",
            "numeric(10,2)", "timestamp with time zone");
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    private final Random r;

    RandomPostgresSchemas(long seed) {
        this.r = new Random(seed);
    }

    DatabaseSchema schema() {
        int count = 1 + r.nextInt(TABLES.size());
        boolean[] keyed = new boolean[count];
        for (int t = 0; t < count; t++) {
            keyed[t] = r.nextInt(4) != 0;
        }
        List<EnumType> enums = r.nextBoolean() ? List.of() : List.of(new EnumType(MOOD, switch (r.nextInt(3)) {
            case 0 -> List.of("sad", "happy");
            case 1 -> List.of("sad", "ok", "happy");
            default -> List.of("happy", "sad");
        }));
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            tables.add(table(t, keyed, !enums.isEmpty()));
        }
        List<View> views = new ArrayList<>();
        if (r.nextBoolean()) {
            views.add(new View(QualifiedName.of("public", "v0"), "SELECT id FROM public.t0"
                    + (r.nextBoolean() ? " WHERE id > 1" : ""), false, r.nextBoolean() ? "a view" : null));
            if (r.nextBoolean()) {
                views.add(new View(QualifiedName.of("public", "v1"), "SELECT count(*) AS n FROM public.v0",
                        r.nextBoolean(), null));
            }
        }
        return new DatabaseSchema("postgresql", List.of(OTHER_SCHEMA, "public"), tables, views, enums, List.of(), List.of());
    }

    private Table table(int index, boolean[] keyed, boolean withEnum) {
        QualifiedName name = TABLES.get(index);
        String prefix = "t" + index;
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", "integer", false)));
        for (int c = 0; c < 4; c++) {
            if (r.nextBoolean()) {
                columns.add(column(name, "c" + c, withEnum));
            }
        }
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (Column column : columns.subList(1, columns.size())) {
            if (column.generated() != null) {
                continue;
            }
            String base = prefix + "_" + column.name();
            int target = r.nextInt(keyed.length);
            boolean integral = column.type().equals("integer") || column.type().equals("bigint");
            switch (r.nextInt(5)) {
                case 0 -> indexes.add(new Index(base + "_idx", r.nextBoolean(),
                        List.of(new Index.Key(column.name(), null, r.nextBoolean(), null)), null, null, List.of()));
                case 1 -> uniques.add(new UniqueConstraint(base + "_key", List.of(column.name()),
                        null, r.nextBoolean()));
                case 2 -> {
                    if (integral && keyed[target]) {
                        fks.add(new ForeignKey(base + "_fk", List.of(column.name()), TABLES.get(target), List.of("id"),
                                null, r.nextBoolean() ? ForeignKey.Action.CASCADE : null, null));
                    }
                }
                case 3 -> checks.add(new CheckConstraint(base + "_check", column.name() + " IS NOT NULL"));
                default -> { }
            }
        }
        PrimaryKey pk = keyed[index] ? new PrimaryKey(prefix + "_pkey", List.of("id")) : null;
        TreeMap<String, String> options = new TreeMap<>();
        if (r.nextInt(4) == 0) {
            options.put("row_level_security", "true");
        }
        return new Table(name, columns, pk, uniques, fks, checks, indexes, r.nextInt(3) == 0 ? "a table" : null, options);
    }

    private Column column(QualifiedName table, String name, boolean withEnum) {
        String comment = r.nextInt(4) == 0 ? "note" : null;
        switch (r.nextInt(8)) {
            case 0 -> {
                return new Column(name, r.nextBoolean() ? "integer" : "bigint", false, null,
                        new Column.Identity(r.nextBoolean() ? Column.Identity.Kind.ALWAYS : Column.Identity.Kind.BY_DEFAULT,
                                r.nextBoolean() ? null : 5L, null), null, null, comment);
            }
            case 1 -> {
                String sequence = PostgresNames.literal(quoted(table.schema()) + "." + quoted(table.name() + "_" + name + "_seq"));
                return new Column(name, "integer", false, "nextval(" + sequence + "::regclass)", null, null, null, comment);
            }
            case 2 -> {
                return new Column(name, "bigint", true, null, null,
                        new Column.Generated(r.nextBoolean() ? "id * 2" : "id + 1", true), null, comment);
            }
            default -> {
                String type = withEnum && r.nextInt(5) == 0 ? "public.mood" : TYPES.get(r.nextInt(TYPES.size()));
                String collation = type.equals("text") && r.nextInt(3) == 0 ? "\"C\"" : null;
                return new Column(name, type, r.nextBoolean(), r.nextInt(3) == 0 ? defaultFor(type) : null, null, null,
                        collation, comment);
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private String defaultFor(String type) {
        return switch (type) {
            case "integer", "bigint", "numeric(10,2)" -> r.nextBoolean() ? "0" : "1";
            case "boolean" -> "true";
            case "timestamp with time zone" -> "now()";
            case "public.mood" -> "'sad'";
            default -> r.nextBoolean() ? "'x'" : "'y'";
        };
    }
}
