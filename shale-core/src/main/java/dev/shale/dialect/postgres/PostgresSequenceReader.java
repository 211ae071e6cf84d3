package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the standalone sequences of the inspected schemas in one query.
 *
 * <p>Identity sequences are never listed (the column's identity stands for them). A sequence
 * owned by a column whose default is its {@code nextval} and whose settings are exactly those
 * {@code serial} gives (same type as the column, start 1, step 1, range 1 to the type's
 * maximum, cache 1, no cycle) is not listed either: the column's
 * {@code nextval('schema.seq'::regclass)} default stands for it, and the renderer creates it
 * again as {@code serial} does. Any other sequence is listed, so no setting is lost.
 * https://www.postgresql.org/docs/current/datatype-numeric.html#DATATYPE-SERIAL
 */
final class PostgresSequenceReader {
    private static final String SQL = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type, s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_class'::regclass
                           AND dep.objid = c.oid AND dep.deptype = 'i') AS identity,
                   EXISTS (SELECT 1 FROM pg_depend dep
                           JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
                           JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                           WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'a'
                             AND dep.refclassid = 'pg_class'::regclass AND a.atttypid = s.seqtypid
                             AND pg_get_expr(ad.adbin, ad.adrelid)
                                 = 'nextval(' || quote_literal(c.oid::regclass::text) || '::regclass)'
                             AND s.seqstart = 1 AND s.seqincrement = 1 AND s.seqmin = 1 AND s.seqcache = 1
                             AND NOT s.seqcycle
                             AND s.seqmax = CASE s.seqtypid WHEN 'int2'::regtype THEN 32767
                                                            WHEN 'int4'::regtype THEN 2147483647
                                                            ELSE 9223372036854775807 END) AS serial
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?::text[]) AND %s
            """.formatted(CatalogFilters.notExtensionMember("pg_class", "c.oid"));

    private PostgresSequenceReader() {
    }

    static List<Sequence> standalone(CatalogReader catalog, Array namespaces) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        catalog.query(SQL, row -> {
            if (!row.getBoolean("identity") && !row.getBoolean("serial")) {
                sequences.add(sequence(row));
            }
            return null;
        }, namespaces);
        return sequences;
    }

    private static Sequence sequence(ResultSet row) throws SQLException {
        return new Sequence(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                row.getString("data_type"), row.getLong("seqstart"), row.getLong("seqincrement"),
                row.getLong("seqmin"), row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle"));
    }
}
