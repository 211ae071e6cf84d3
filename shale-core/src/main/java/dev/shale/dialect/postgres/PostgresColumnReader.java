package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.Column;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads the columns of every inspected table in one query, in ordinal order.
 *
 * <p>{@code pg_attribute.attgenerated} exists since PostgreSQL 12 and {@code attidentity}
 * since 10, so the query is the same on every supported version (13 and later).
 */
final class PostgresColumnReader {
    private static final String SQL = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                   pg_get_expr(ad.adbin, ad.adrelid) AS expression, a.attidentity, a.attgenerated,
                   CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace THEN quote_ident(co.collname)
                        ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS collation,
                   d.description,
                   CASE WHEN a.attidentity <> '' THEN
                       (SELECT ARRAY[s.seqstart, s.seqincrement] FROM pg_depend idd
                        JOIN pg_sequence s ON s.seqrelid = idd.objid
                        WHERE idd.refclassid = 'pg_class'::regclass AND idd.refobjid = a.attrelid
                          AND idd.refobjsubid = a.attnum AND idd.classid = 'pg_class'::regclass
                          AND idd.deptype = 'i') END AS identity_sequence
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
            LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
            WHERE n.nspname = ANY(?::text[]) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    private PostgresColumnReader() {
    }

    static void read(CatalogReader catalog, Array namespaces, Map<Long, TableDraft> tables) throws SQLException {
        catalog.query(SQL, row -> {
            TableDraft table = tables.get(row.getLong("attrelid"));
            if (table != null) {
                table.columns.add(column(row));
            }
            return null;
        }, namespaces);
    }

    private static Column column(ResultSet row) throws SQLException {
        String type = PostgresTypes.canonical(row.getString("type"));
        String expression = row.getString("expression");
        // attgenerated: 's' stored; 'v' virtual (PostgreSQL 18); empty for an ordinary column.
        String generation = row.getString("attgenerated");
        boolean generated = generation != null && !generation.isEmpty();
        return new Column(row.getString("attname"), type, !row.getBoolean("attnotnull"),
                generated ? null : PostgresDefaults.normalise(expression, type),
                identity(row), generated ? new Column.Generated(expression, generation.equals("s")) : null,
                row.getString("collation"), row.getString("description"));
    }

    /** Start and increment are kept only when they differ from the defaults (1 and 1, or -1 going down). */
    private static Column.Identity identity(ResultSet row) throws SQLException {
        String kind = row.getString("attidentity");
        if (kind == null || kind.isEmpty()) {
            return null;
        }
        // Looked up only for identity columns: a join on pg_depend for every column costs more.
        Long[] sequence = (Long[]) row.getArray("identity_sequence").getArray();
        long start = sequence[0];
        long increment = sequence[1];
        long defaultStart = increment > 0 ? 1 : -1;
        return new Column.Identity(kind.equals("a") ? Column.Identity.Kind.ALWAYS : Column.Identity.Kind.BY_DEFAULT,
                start == defaultStart ? null : start, increment == 1 ? null : increment);
    }
}
