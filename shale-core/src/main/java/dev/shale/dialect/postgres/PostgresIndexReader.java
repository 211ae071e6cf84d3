package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.UnmanagedObject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the secondary indexes of every inspected table in one query. Indexes that implement a
 * primary key, unique or exclusion constraint are skipped: the constraint stands for them.
 * Indexes on materialized views are reported as unmanaged, since the model's views carry none.
 *
 * <p>Key {@code k} of an index is a column when {@code indkey[k-1]} is non-zero, otherwise an
 * expression that {@code pg_get_indexdef(index, k, true)} prints (the pretty form, without
 * redundant parentheses); bit 1 of {@code indoption}
 * is DESC (https://www.postgresql.org/docs/current/catalog-pg-index.html). The operator class
 * of a key is kept when it is not the default one for its type ({@code opcdefault}), as
 * {@code pg_get_indexdef} does; {@code gin (name gin_trgm_ops)} could not be created without it.
 */
final class PostgresIndexReader {
    private static final String SQL = """
            SELECT i.indrelid, c.relkind, n.nspname, c.relname AS table_name, ic.relname AS index_name,
                   i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   ARRAY(SELECT a.attname FROM generate_series(1, i.indnkeyatts) AS k
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                         ORDER BY k)::text AS key_columns,
                   ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true) END
                         FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)::text AS key_expressions,
                   ARRAY(SELECT (i.indoption[k - 1] & 1) = 1
                         FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)::text AS key_descending,
                   ARRAY(SELECT CASE WHEN opc.opcdefault THEN NULL
                                     WHEN opc.opcnamespace = 'pg_catalog'::regnamespace THEN quote_ident(opc.opcname)
                                     ELSE quote_ident(ns.nspname) || '.' || quote_ident(opc.opcname) END
                         FROM generate_series(1, i.indnkeyatts) AS k
                         JOIN pg_opclass opc ON opc.oid = i.indclass[k - 1]
                         JOIN pg_namespace ns ON ns.oid = opc.opcnamespace
                         ORDER BY k)::text AS key_opclasses,
                   ARRAY(SELECT a.attname FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                         ORDER BY k)::text AS include_columns
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE n.nspname = ANY(?::text[]) AND c.relkind IN ('r', 'm')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))""";

    private PostgresIndexReader() {
    }

    static void read(CatalogReader catalog, Array namespaces, TableParts parts) throws SQLException {
        catalog.query(SQL, row -> {
            if ("m".equals(row.getString("relkind"))) {
                String schema = row.getString("nspname");
                parts.unmanaged.add(new UnmanagedObject("index", QualifiedName.of(schema, row.getString("index_name")),
                        QualifiedName.of(schema, row.getString("table_name"))));
            } else {
                parts.of(row.getLong("indrelid")).indexes.add(index(row));
            }
            return null;
        }, namespaces);
    }

    private static Index index(ResultSet row) throws SQLException {
        List<String> columns = PostgresArrayText.elements(row.getString("key_columns"));
        List<String> expressions = PostgresArrayText.elements(row.getString("key_expressions"));
        boolean[] descending = PostgresArrayText.booleans(row.getString("key_descending"));
        List<String> operatorClasses = PostgresArrayText.elements(row.getString("key_opclasses"));
        List<Index.Key> keys = new ArrayList<>(columns.size());
        for (int k = 0; k < columns.size(); k++) {
            String column = columns.get(k);
            keys.add(new Index.Key(column, column == null ? expressions.get(k) : null, descending[k], null,
                    operatorClasses.get(k)));
        }
        return new Index(row.getString("index_name"), row.getBoolean("indisunique"), keys,
                row.getString("predicate"), row.getString("amname"),
                PostgresArrayText.strings(row.getString("include_columns")));
    }
}
