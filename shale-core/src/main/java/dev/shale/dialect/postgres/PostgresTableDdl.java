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
import java.util.stream.Collectors;

/**
 * Renders one table: its CREATE TABLE (columns, primary key, unique and check constraints),
 * its foreign keys as separate ALTER TABLE statements (so that cycles and self references
 * need no ordering), and its indexes.
 */
final class PostgresTableDdl {
    private final PostgresNames names;

    PostgresTableDdl(PostgresNames names) {
        this.names = names;
    }

    String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(column(column)));
        if (table.primaryKey() != null) {
            parts.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> parts.add(unique(unique)));
        table.checks().forEach(check -> parts.add(check(check)));
        String unlogged = "true".equals(table.options().get("unlogged")) ? "UNLOGGED " : "";
        String body = parts.isEmpty() ? "()" : "(\n    " + String.join(",\n    ", parts) + "\n)";
        return "CREATE " + unlogged + "TABLE " + names.qualified(table.name()) + " " + body;
    }

    String primaryKey(PrimaryKey pk) {
        return constraint(pk.name()) + "PRIMARY KEY (" + columns(pk.columns()) + ")";
    }

    String unique(UniqueConstraint unique) {
        return constraint(unique.name()) + "UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + "(" + columns(unique.columns()) + ")" + deferrable(unique.deferrable());
    }

    String check(CheckConstraint check) {
        return constraint(check.name()) + "CHECK (" + check.expression() + ")";
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
        StringBuilder sql = new StringBuilder(names.quote(column.name())).append(' ').append(column.type());
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
        return sql.toString();
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
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(names.qualified(table))
                .append(" ADD ").append(constraint(fk.name()))
                .append("FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
                .append(names.qualified(fk.referencedTable()))
                .append(" (").append(columns(fk.referencedColumns())).append(')');
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
        String keys = index.keys().stream().map(this::key).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(names.quote(index.name())).append(" ON ").append(names.qualified(table))
                .append(" USING ").append(names.quote(index.method())).append(" (").append(keys).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(columns(index.include())).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.toString();
    }

    /** Expression keys are parenthesised: only a bare function call may go without. */
    private String key(Index.Key key) {
        String target = key.column() != null ? names.quote(key.column()) : "(" + key.expression() + ")";
        String operatorClass = key.operatorClass() == null ? "" : " " + key.operatorClass();
        return target + operatorClass + (key.descending() ? " DESC" : "");
    }

    private String constraint(String name) {
        return name == null ? "" : "CONSTRAINT " + names.quote(name) + " ";
    }

    private String columns(List<String> columns) {
        return columns.stream().map(names::quote).collect(Collectors.joining(", "));
    }
}
