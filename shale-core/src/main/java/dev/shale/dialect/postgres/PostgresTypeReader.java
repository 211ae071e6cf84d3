package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** Reads the enum types of the inspected schemas, values in their sort order, in one query. */
final class PostgresTypeReader {
    private static final String SQL = """
            SELECT n.nspname, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ANY(?::text[]) AND t.typtype = 'e' AND %s
            """.formatted(CatalogFilters.notExtensionMember("pg_type", "t.oid"));

    private PostgresTypeReader() {
    }

    static List<EnumType> enums(CatalogReader catalog, Array namespaces) throws SQLException {
        return catalog.query(SQL, row -> new EnumType(
                QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                PostgresConstraintReader.strings(row.getArray("labels"))), namespaces);
    }
}
