package dev.shale.dialect.postgres;

import dev.shale.dialect.DdlRenderer;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PostgreSQL schema model as CREATE statements in dependency order: schemas, enum
 * types, sequences, tables (columns, primary key, unique and check constraints), sequence
 * ownership, foreign keys, indexes, views in dependency order, then comments.
 *
 * <p>A column default {@code nextval('s.seq'::regclass)} whose sequence is not in the model's
 * sequences names a {@code serial} sequence (see {@link SerialSequences}): it is created
 * before the table and owned by the column after it.
 */
public final class PostgresDdlRenderer implements DdlRenderer {
    private final PostgresNames names;
    private final PostgresTableDdl tables;
    private final PostgresObjectDdl objects;

    public PostgresDdlRenderer(PostgresDialect dialect) {
        this.names = new PostgresNames(dialect);
        this.tables = new PostgresTableDdl(names);
        this.objects = new PostgresObjectDdl(names);
    }

    @Override
    public List<String> createStatements(DatabaseSchema schema) {
        List<String> sql = new ArrayList<>();
        schema.namespaces().stream().filter(n -> !n.equals("public"))
                .forEach(n -> sql.add("CREATE SCHEMA IF NOT EXISTS " + names.quote(n)));
        schema.enums().forEach(e -> sql.add(objects.createEnum(e)));
        schema.sequences().forEach(s -> sql.add(objects.createSequence(s)));
        SerialSequences serials = new SerialSequences(names, schema);
        serials.owners().forEach((sequence, owner) -> sql.add(serials.create(sequence, owner.column())));
        // Plain loops over the tables: thousands of them are rendered by a short-lived process.
        for (Table t : schema.tables()) {
            sql.add(tables.createTable(t));
            sql.addAll(tables.rowSecurity(t));
        }
        serials.owners().forEach((sequence, owner) ->
                sql.add(serials.ownedBy(sequence, owner.table().name(), owner.column())));
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                sql.add(tables.foreignKey(t.name(), fk));
            }
        }
        for (Table t : schema.tables()) {
            for (Index i : t.indexes()) {
                sql.add(tables.createIndex(t.name(), i));
            }
        }
        List<View> views = new PostgresViewOrder(names).order(schema.views());
        views.forEach(v -> sql.add(objects.createView(v)));
        sql.addAll(comments(schema.tables(), views));
        return sql;
    }

    private List<String> comments(List<Table> tableList, List<View> views) {
        List<String> sql = new ArrayList<>();
        for (Table table : tableList) {
            objects.addTableComments(table, sql);
        }
        views.stream().filter(v -> v.comment() != null).forEach(v -> sql.add(objects.viewComment(v)));
        return sql;
    }
}
