package dev.shale.dialect.postgres;

import dev.shale.dialect.DdlRenderer;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a PostgreSQL schema model as CREATE statements in dependency order: schemas, enum
 * types, sequences, tables (columns, primary key, unique and check constraints), sequence
 * ownership, foreign keys, indexes, views in dependency order, then comments.
 *
 * <p>A column default {@code nextval('s.seq'::regclass)} whose sequence is not in the model's
 * sequences names a {@code serial} sequence (see {@link PostgresSequenceReader}): it is
 * created {@code AS} the column's type before the table and owned by the column after it,
 * which is what {@code serial} does.
 */
public final class PostgresDdlRenderer implements DdlRenderer {
    private static final Set<String> SERIAL_TYPES = Set.of("smallint", "integer", "bigint");

    private final PostgresNames names;
    private final PostgresTableDdl tables;

    public PostgresDdlRenderer(PostgresDialect dialect) {
        this.names = new PostgresNames(dialect);
        this.tables = new PostgresTableDdl(names);
    }

    @Override
    public List<String> createStatements(DatabaseSchema schema) {
        List<String> sql = new ArrayList<>();
        schema.namespaces().stream().filter(n -> !n.equals("public"))
                .forEach(n -> sql.add("CREATE SCHEMA IF NOT EXISTS " + names.quote(n)));
        schema.enums().forEach(e -> sql.add(createEnum(e)));
        schema.sequences().forEach(s -> sql.add(createSequence(s)));
        Map<QualifiedName, ColumnRef> serials = serialSequences(schema);
        serials.forEach((sequence, owner) -> sql.add("CREATE SEQUENCE " + names.qualified(sequence)
                + (SERIAL_TYPES.contains(owner.column.type()) ? " AS " + owner.column.type() : "")));
        schema.tables().forEach(t -> {
            sql.add(tables.createTable(t));
            sql.addAll(tables.rowSecurity(t));
        });
        serials.forEach((sequence, owner) -> sql.add("ALTER SEQUENCE " + names.qualified(sequence) + " OWNED BY "
                + names.qualified(owner.table.name()) + "." + names.quote(owner.column.name())));
        schema.tables().forEach(t -> t.foreignKeys().forEach(fk -> sql.add(tables.foreignKey(t, fk))));
        schema.tables().forEach(t -> t.indexes().forEach(i -> sql.add(tables.createIndex(t, i))));
        List<View> views = new PostgresViewOrder(names).order(schema.views());
        views.forEach(v -> sql.add("CREATE " + (v.materialized() ? "MATERIALIZED " : "") + "VIEW "
                + names.qualified(v.name()) + " AS\n" + v.definition()));
        sql.addAll(comments(schema.tables(), views));
        return sql;
    }

    private String createEnum(EnumType type) {
        return "CREATE TYPE " + names.qualified(type.name()) + " AS ENUM ("
                + type.values().stream().map(PostgresNames::literal).collect(Collectors.joining(", ")) + ")";
    }

    private String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + names.qualified(s.name()) + " AS " + s.dataType() + " INCREMENT BY " + s.increment()
                + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue() + " START WITH " + s.start()
                + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    private record ColumnRef(Table table, Column column) {
    }

    private static Map<QualifiedName, ColumnRef> serialSequences(DatabaseSchema schema) {
        Set<QualifiedName> standalone = schema.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Map<QualifiedName, ColumnRef> serials = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                PostgresNames.nextvalSequence(column.defaultValue())
                        .filter(sequence -> !standalone.contains(sequence))
                        .ifPresent(sequence -> serials.putIfAbsent(sequence, new ColumnRef(table, column)));
            }
        }
        return serials;
    }

    private List<String> comments(List<Table> tableList, List<View> views) {
        List<String> sql = new ArrayList<>();
        for (Table table : tableList) {
            if (table.comment() != null) {
                sql.add("COMMENT ON TABLE " + names.qualified(table.name()) + " IS "
                        + PostgresNames.literal(table.comment()));
            }
            for (Column column : table.columns()) {
                if (column.comment() != null) {
                    sql.add("COMMENT ON COLUMN " + names.qualified(table.name()) + "." + names.quote(column.name())
                            + " IS " + PostgresNames.literal(column.comment()));
                }
            }
        }
        for (View view : views) {
            if (view.comment() != null) {
                sql.add("COMMENT ON " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                        + names.qualified(view.name()) + " IS " + PostgresNames.literal(view.comment()));
            }
        }
        return sql;
    }
}
