package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.CheckConstraint;
import dev.shale.model.ForeignKey;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.UniqueConstraint;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads primary keys, unique constraints, foreign keys and checks of every inspected table in
 * one query. Exclusion constraints are not modelled and are reported as unmanaged.
 */
final class PostgresConstraintReader {
    private static final String SQL = """
            SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred,
                   con.confupdtype, con.confdeltype, fn.nspname AS ref_schema, fc.relname AS ref_table,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord)::text AS columns,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord)::text AS ref_columns,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END AS definition,
                   %s AS nulls_not_distinct
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            LEFT JOIN pg_index ui ON ui.indexrelid = con.conindid AND con.contype = 'u'
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE n.nspname = ANY(?::text[]) AND c.relkind = 'r' AND con.contype IN ('p', 'u', 'f', 'c', 'x')
              AND con.conislocal AND con.conparentid = 0""";
    /** {@code pg_index.indnullsnotdistinct} exists since PostgreSQL 15. */
    private static final int NULLS_NOT_DISTINCT_SINCE = 150000;

    private PostgresConstraintReader() {
    }

    static void read(CatalogReader catalog, int serverVersion, Array namespaces, TableParts parts) throws SQLException {
        String sql = SQL.formatted(serverVersion >= NULLS_NOT_DISTINCT_SINCE ? "ui.indnullsnotdistinct" : "false");
        catalog.query(sql, row -> {
            add(parts.of(row.getLong("conrelid")), row);
            return null;
        }, namespaces);
    }

    private static void add(TableDraft table, ResultSet row) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = PostgresArrayText.strings(row.getString("columns"));
        switch (row.getString("contype")) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns, deferrable(row),
                    row.getBoolean("nulls_not_distinct")));
            case "c" -> table.checks.add(new CheckConstraint(name, checkExpression(row.getString("definition"))));
            case "f" -> table.foreignKeys.add(foreignKey(name, columns, row));
            default -> table.exclusions.add(name);
        }
    }

    private static ForeignKey foreignKey(String name, List<String> columns, ResultSet row) throws SQLException {
        QualifiedName referenced = QualifiedName.of(row.getString("ref_schema"), row.getString("ref_table"));
        return new ForeignKey(name, columns, referenced, PostgresArrayText.strings(row.getString("ref_columns")),
                action(row.getString("confdeltype")), action(row.getString("confupdtype")), deferrable(row));
    }

    /** Action codes of pg_constraint: https://www.postgresql.org/docs/current/catalog-pg-constraint.html */
    private static ForeignKey.Action action(String code) {
        return switch (code) {
            case "r" -> ForeignKey.Action.RESTRICT;
            case "c" -> ForeignKey.Action.CASCADE;
            case "n" -> ForeignKey.Action.SET_NULL;
            case "d" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }

    private static ForeignKey.Deferrable deferrable(ResultSet row) throws SQLException {
        if (!row.getBoolean("condeferrable")) {
            return ForeignKey.Deferrable.NOT_DEFERRABLE;
        }
        return row.getBoolean("condeferred") ? ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED
                : ForeignKey.Deferrable.DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    /**
     * {@code CHECK ((price > 0)) NOT VALID} → {@code (price > 0)}: the keyword and the outer
     * parentheses that pg_get_constraintdef always adds are syntax, not part of the expression;
     * NOT VALID and NO INHERIT describe the constraint's state, not what it checks.
     */
    static String checkExpression(String definition) {
        String expression = definition.trim();
        for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
            if (expression.endsWith(suffix)) {
                expression = expression.substring(0, expression.length() - suffix.length());
            }
        }
        if (expression.startsWith("CHECK (") && expression.endsWith(")")) {
            expression = expression.substring("CHECK (".length(), expression.length() - 1);
        }
        return expression.trim();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
