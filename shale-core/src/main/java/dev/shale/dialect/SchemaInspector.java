package dev.shale.dialect;

import dev.shale.model.DatabaseSchema;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a database's schema from its catalog into the normalised model, with a constant
 * number of queries per object kind — never one round trip per table.
 */
public interface SchemaInspector {

    /**
     * @param catalog    runs (and counts) the catalog queries on an open connection
     * @param namespaces schemas to read (PostgreSQL); empty for every user schema, or the
     *                   connection's current database where there is one namespace
     */
    DatabaseSchema inspect(CatalogReader catalog, List<String> namespaces) throws SQLException;
}
