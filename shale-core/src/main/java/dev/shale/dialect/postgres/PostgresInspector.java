package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.dialect.SchemaInspector;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import dev.shale.model.UnmanagedObject;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL database from {@code pg_catalog} into the model: one query per object
 * kind (tables, columns, constraints, indexes, enums, sequences, views, unmanaged objects),
 * whatever the number of tables, assembled in Java by table oid.
 *
 * <p>The catalog functions ({@code format_type}, {@code pg_get_expr}, {@code pg_get_viewdef},
 * …) qualify names that are not visible on the {@code search_path}. Inspection sets the
 * session's {@code search_path} to {@code pg_catalog} while it reads, as {@code pg_dump} does,
 * so every user type, sequence and table in the model is schema-qualified whatever the
 * caller's setting, and restores the caller's setting afterwards.
 *
 * <p>For a schema of many tables, constraints and indexes are read on a second read-only
 * session when the reader may open one ({@link CatalogReader#beside}), with the same
 * {@code search_path}, while the first reads columns and the rest: the queries then run side by
 * side on the server. Each query reads its own snapshot either way, as every query did on one
 * autocommit session, and the number of catalog queries is the same.
 */
public final class PostgresInspector implements SchemaInspector {
    /** From this many tables on, constraints and indexes are read on a second session. */
    static final int SECOND_SESSION_FROM_TABLES = 200;

    @Override
    public DatabaseSchema inspect(CatalogReader catalog, List<String> namespaces) throws SQLException {
        String[] session = catalog.query("SELECT current_setting('search_path'), current_setting('server_version_num')",
                row -> new String[] {row.getString(1), row.getString(2)}).get(0);
        String callerSearchPath = session[0];
        setSearchPath(catalog, "pg_catalog");
        DatabaseSchema schema;
        try {
            schema = read(catalog, Integer.parseInt(session[1]), PostgresNamespaceReader.resolve(catalog, namespaces));
        } catch (SQLException | RuntimeException failure) {
            // The first failure is the one to report; a failed transaction also refuses the restore.
            try {
                setSearchPath(catalog, callerSearchPath);
            } catch (SQLException restoreFailure) {
                failure.addSuppressed(restoreFailure);
            }
            throw failure;
        }
        setSearchPath(catalog, callerSearchPath);
        return schema;
    }

    private static TableParts parts(CatalogReader reader, CatalogReader main, int serverVersion, List<String> schemas)
            throws SQLException {
        if (reader != main) {
            // A session of its own deparses with the same search_path as the first. Setting it is
            // part of opening the session, like the driver's read-only setting: not a catalog query.
            try (PreparedStatement set = reader.connection().prepareStatement(
                    "SELECT set_config('search_path', 'pg_catalog', false)")) {
                set.execute();
            }
        }
        Array names = PostgresNamespaceReader.textArray(reader, schemas);
        TableParts parts = new TableParts();
        PostgresConstraintReader.read(reader, serverVersion, names, parts);
        PostgresIndexReader.read(reader, names, parts);
        return parts;
    }

    private static void setSearchPath(CatalogReader catalog, String searchPath) throws SQLException {
        catalog.query("SELECT set_config('search_path', ?, false)", row -> null, searchPath);
    }

    private static DatabaseSchema read(CatalogReader catalog, int serverVersion, List<String> schemas)
            throws SQLException {
        Array names = PostgresNamespaceReader.textArray(catalog, schemas);
        Map<Long, TableDraft> drafts = PostgresTableReader.read(catalog, names);
        CatalogReader.Work<TableParts> readParts = reader -> parts(reader, catalog, serverVersion, schemas);
        // Many tables: their constraints and indexes on a second session while this one goes on.
        // For a few, opening a session costs more than running the two queries here.
        CatalogReader.Pending<TableParts> parts = drafts.size() >= SECOND_SESSION_FROM_TABLES
                ? catalog.beside(readParts) : () -> readParts.run(catalog);
        List<UnmanagedObject> unmanaged = new ArrayList<>(PostgresUnmanagedReader.read(catalog, names));
        PostgresColumnReader.read(catalog, names, drafts);
        parts.get().addTo(drafts, unmanaged);
        List<Table> tables = drafts.values().stream().map(TableDraft::build).toList();
        return new DatabaseSchema("postgresql", schemas, tables, PostgresViewReader.read(catalog, names),
                PostgresTypeReader.enums(catalog, names), PostgresSequenceReader.standalone(catalog, names), unmanaged);
    }
}
