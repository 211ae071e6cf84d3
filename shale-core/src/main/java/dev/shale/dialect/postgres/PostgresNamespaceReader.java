package dev.shale.dialect.postgres;

import dev.shale.ShaleException;
import dev.shale.dialect.CatalogReader;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Resolves which schemas an inspection reads: the ones asked for, or every user schema. */
final class PostgresNamespaceReader {
    private static final String SQL = """
            SELECT n.nspname
            FROM pg_namespace n
            WHERE (cardinality(?::text[]) = 0 AND %s AND %s)
               OR n.nspname = ANY(?::text[])
            ORDER BY n.nspname""".formatted(CatalogFilters.USER_SCHEMA,
            CatalogFilters.notExtensionMember("pg_namespace", "n.oid"));

    private PostgresNamespaceReader() {
    }

    /**
     * @param requested schema names exactly as the catalog stores them; empty for all user schemas
     * @throws ShaleException when a requested schema does not exist
     */
    static List<String> resolve(CatalogReader catalog, List<String> requested) throws SQLException {
        Array names = textArray(catalog, requested);
        List<String> found = catalog.query(SQL, row -> row.getString(1), names, names);
        List<String> missing = new ArrayList<>(requested);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw ShaleException.usage("schema " + String.join(", ", missing) + " does not exist in the database",
                    "schema names are case-sensitive as stored in the catalog (unquoted names are lower case); "
                            + "list them with: SELECT nspname FROM pg_namespace");
        }
        return found;
    }

    static Array textArray(CatalogReader catalog, List<String> values) throws SQLException {
        return catalog.connection().createArrayOf("text", values.toArray(String[]::new));
    }
}
