package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the plain tables of the inspected schemas with their comments and options
 * ({@code unlogged}, {@code row_level_security}, {@code force_row_level_security}), in one
 * query. Partitioned tables and their partitions are left to {@link PostgresUnmanagedReader}:
 * the model cannot express partitioning yet, and re-creating them as plain tables would be wrong.
 */
final class PostgresTableReader {
    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
                   d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?::text[]) AND c.relkind = 'r' AND NOT c.relispartition AND %s
            """.formatted(CatalogFilters.notExtensionMember("pg_class", "c.oid"));

    private PostgresTableReader() {
    }

    /** Drafts of the tables, by table oid. */
    static Map<Long, TableDraft> read(CatalogReader catalog, Array namespaces) throws SQLException {
        Map<Long, TableDraft> tables = new HashMap<>();
        catalog.query(SQL, row -> {
            SortedMap<String, String> options = new TreeMap<>();
            if ("u".equals(row.getString("relpersistence"))) {
                options.put("unlogged", "true");
            }
            // Losing ENABLE ROW LEVEL SECURITY would open every row: it is an option, not a detail.
            if (row.getBoolean("relrowsecurity")) {
                options.put("row_level_security", "true");
            }
            if (row.getBoolean("relforcerowsecurity")) {
                options.put("force_row_level_security", "true");
            }
            QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
            return tables.put(row.getLong("oid"), new TableDraft(name, row.getString("description"), options));
        }, namespaces);
        return tables;
    }
}
