package dev.shale.dialect.postgres;

import dev.shale.model.Column;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the schema objects that are not tables: enum types, sequences, views, and the
 * COMMENT statements of tables, columns and views. Shared by the DDL renderer and the planner.
 */
final class PostgresObjectDdl {
    private final PostgresNames names;

    PostgresObjectDdl(PostgresNames names) {
        this.names = names;
    }

    String createEnum(EnumType type) {
        return "CREATE TYPE " + names.qualified(type.name()) + " AS ENUM ("
                + type.values().stream().map(PostgresNames::literal).collect(Collectors.joining(", ")) + ")";
    }

    String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + names.qualified(s.name()) + " AS " + s.dataType() + sequenceOptions(s);
    }

    /** Every setting is stated, so the result does not depend on what the sequence had before. */
    String alterSequence(Sequence s) {
        return "ALTER SEQUENCE " + names.qualified(s.name()) + " AS " + s.dataType() + sequenceOptions(s);
    }

    private static String sequenceOptions(Sequence s) {
        return " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    String createView(View view) {
        return "CREATE " + viewKind(view) + " " + names.qualified(view.name()) + " AS\n" + view.definition();
    }

    String dropView(View view) {
        return "DROP " + viewKind(view) + " " + names.qualified(view.name());
    }

    String viewComment(View view) {
        return "COMMENT ON " + viewKind(view) + " " + names.qualified(view.name()) + " IS " + text(view.comment());
    }

    String tableComment(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + names.qualified(table) + " IS " + text(comment);
    }

    String columnComment(QualifiedName table, Column column) {
        return "COMMENT ON COLUMN " + names.qualified(table) + "." + names.quote(column.name()) + " IS "
                + text(column.comment());
    }

    /** COMMENT statements for a table and for each of its columns that has a comment. */
    List<String> tableComments(Table table) {
        List<String> sql = new ArrayList<>();
        addTableComments(table, sql);
        return sql;
    }

    /** Adds {@link #tableComments} to {@code sql}. */
    void addTableComments(Table table, List<String> sql) {
        if (table.comment() != null) {
            sql.add(tableComment(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                sql.add(columnComment(table.name(), column));
            }
        }
    }

    private static String viewKind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    /** A comment literal; NULL removes the comment. */
    private static String text(String comment) {
        return comment == null ? "NULL" : PostgresNames.literal(comment);
    }
}
