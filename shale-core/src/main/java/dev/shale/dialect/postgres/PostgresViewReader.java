package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads views and materialized views in one query. The definition is {@code pg_get_viewdef}'s
 * pretty form without its trailing semicolon; table references in it are schema-qualified
 * because the inspector reads with {@code search_path} set to {@code pg_catalog}.
 */
final class PostgresViewReader {
    private static final String SQL = """
            SELECT n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid, true) AS definition, d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?::text[]) AND c.relkind IN ('v', 'm') AND %s
            """.formatted(CatalogFilters.notExtensionMember("pg_class", "c.oid"));

    private PostgresViewReader() {
    }

    static List<View> read(CatalogReader catalog, Array namespaces) throws SQLException {
        return catalog.query(SQL, row -> new View(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                definition(row.getString("definition")), "m".equals(row.getString("relkind")),
                row.getString("description")), namespaces);
    }

    static String definition(String viewdef) {
        String trimmed = viewdef.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    }
}
