package dev.shale.dialect.postgres;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one table: its CREATE TABLE (columns, primary key, unique and check constraints),
 * its foreign keys as separate ALTER TABLE statements (so that cycles and self references
 * need no ordering), and its indexes.
 *
 * <p>Each statement is appended to one builder, without streams or joins: a schema of thousands
 * of tables is rendered once by a short-lived process, where every extra layer of calls runs
 * interpreted before it is compiled.
 */
final class PostgresTableDdl {
    private final PostgresNames names;

    PostgresTableDdl(PostgresNames names) {
        this.names = names;
    }

    String createTable(Table table) {
        StringBuilder sql = new StringBuilder(64 + 48 * table.columns().size()).append("CREATE ");
        if ("true".equals(table.options().get("unlogged"))) {
            sql.append("UNLOGGED ");
        }
        names.appendQualified(sql.append("TABLE "), table.name()).append(' ');
        int start = sql.length();
        for (Column column : table.columns()) {
            column(part(sql, start), column);
        }
        if (table.primaryKey() != null) {
            primaryKey(part(sql, start), table.primaryKey());
        }
        for (UniqueConstraint unique : table.uniques()) {
            unique(part(sql, start), unique);
        }
        for (CheckConstraint check : table.checks()) {
            check(part(sql, start), check);
        }
        return sql.append(sql.length() == start ? "()" : "\n)").toString();
    }

    /** Opens the body before the first part of a CREATE TABLE, separates the others. */
    private static StringBuilder part(StringBuilder sql, int bodyStart) {
        return sql.append(sql.length() == bodyStart ? "(\n    " : ",\n    ");
    }

    String primaryKey(PrimaryKey pk) {
        return primaryKey(new StringBuilder(), pk).toString();
    }

    private StringBuilder primaryKey(StringBuilder sql, PrimaryKey pk) {
        return columns(constraint(sql, pk.name()).append("PRIMARY KEY ("), pk.columns()).append(')');
    }

    String unique(UniqueConstraint unique) {
        return unique(new StringBuilder(), unique).toString();
    }

    private StringBuilder unique(StringBuilder sql, UniqueConstraint unique) {
        constraint(sql, unique.name()).append("UNIQUE ");
        if (unique.nullsNotDistinct()) {
            sql.append("NULLS NOT DISTINCT ");
        }
        return columns(sql.append('('), unique.columns()).append(')').append(deferrable(unique.deferrable()));
    }

    String check(CheckConstraint check) {
        return check(new StringBuilder(), check).toString();
    }

    private StringBuilder check(StringBuilder sql, CheckConstraint check) {
        return constraint(sql, check.name()).append("CHECK (").append(check.expression()).append(')');
    }

    /** ENABLE / FORCE ROW LEVEL SECURITY, which CREATE TABLE cannot say. */
    List<String> rowSecurity(Table table) {
        List<String> sql = new ArrayList<>();
        if ("true".equals(table.options().get("row_level_security"))) {
            sql.add("ALTER TABLE " + names.qualified(table.name()) + " ENABLE ROW LEVEL SECURITY");
        }
        if ("true".equals(table.options().get("force_row_level_security"))) {
            sql.add("ALTER TABLE " + names.qualified(table.name()) + " FORCE ROW LEVEL SECURITY");
        }
        return sql;
    }

    String column(Column column) {
        return column(new StringBuilder(), column).toString();
    }

    private StringBuilder column(StringBuilder sql, Column column) {
        names.appendQuoted(sql, column.name()).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.identity() != null) {
            sql.append(identity(column.identity()));
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (column.generated() != null) {
            // Said explicitly: from PostgreSQL 18 on, a bare GENERATED ALWAYS AS (…) is VIRTUAL.
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql;
    }

    static String identity(Column.Identity identity) {
        String kind = identity.kind() == Column.Identity.Kind.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        List<String> options = new ArrayList<>();
        if (identity.start() != null) {
            options.add("START WITH " + identity.start());
        }
        if (identity.increment() != null) {
            options.add("INCREMENT BY " + identity.increment());
        }
        String sequenceOptions = options.isEmpty() ? "" : " (" + String.join(" ", options) + ")";
        return " GENERATED " + kind + " AS IDENTITY" + sequenceOptions;
    }

    String foreignKey(QualifiedName table, ForeignKey fk) {
        StringBuilder sql = new StringBuilder(128).append("ALTER TABLE ");
        constraint(names.appendQualified(sql, table).append(" ADD "), fk.name()).append("FOREIGN KEY (");
        columns(sql, fk.columns()).append(") REFERENCES ");
        columns(names.appendQualified(sql, fk.referencedTable()).append(" ("), fk.referencedColumns()).append(')');
        if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        return sql.append(deferrable(fk.deferrable())).toString();
    }

    private static String deferrable(ForeignKey.Deferrable deferrable) {
        return switch (deferrable) {
            case DEFERRABLE_INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
            case DEFERRABLE_INITIALLY_IMMEDIATE -> " DEFERRABLE INITIALLY IMMEDIATE";
            case NOT_DEFERRABLE -> "";
        };
    }

    String createIndex(QualifiedName table, Index index) {
        StringBuilder sql = new StringBuilder(128).append("CREATE ").append(index.unique() ? "UNIQUE " : "")
                .append("INDEX ");
        names.appendQuoted(sql, index.name()).append(" ON ");
        names.appendQualified(sql, table).append(" USING ");
        names.appendQuoted(sql, index.method()).append(" (");
        List<Index.Key> keys = index.keys();
        for (int k = 0; k < keys.size(); k++) {
            key(k == 0 ? sql : sql.append(", "), keys.get(k));
        }
        sql.append(')');
        if (!index.include().isEmpty()) {
            columns(sql.append(" INCLUDE ("), index.include()).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.toString();
    }

    /** Expression keys are parenthesised: only a bare function call may go without. */
    private void key(StringBuilder sql, Index.Key key) {
        if (key.column() != null) {
            names.appendQuoted(sql, key.column());
        } else {
            sql.append('(').append(key.expression()).append(')');
        }
        if (key.operatorClass() != null) {
            sql.append(' ').append(key.operatorClass());
        }
        if (key.descending()) {
            sql.append(" DESC");
        }
    }

    private StringBuilder constraint(StringBuilder sql, String name) {
        return name == null ? sql : names.appendQuoted(sql.append("CONSTRAINT "), name).append(' ');
    }

    private StringBuilder columns(StringBuilder sql, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            names.appendQuoted(i == 0 ? sql : sql.append(", "), columns.get(i));
        }
        return sql;
    }
}
