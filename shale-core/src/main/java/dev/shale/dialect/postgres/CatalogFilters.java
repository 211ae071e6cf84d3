package dev.shale.dialect.postgres;

/**
 * SQL fragments shared by the catalog queries of the PostgreSQL inspector. Each query binds
 * the inspected schema names as one {@code text[]} parameter, so the number of queries never
 * depends on the number of schemas or tables.
 */
final class CatalogFilters {
    /** The schemas Shale never reads: the system catalogs, TOAST and temporary schemas. */
    static final String USER_SCHEMA = """
            n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'""";

    private CatalogFilters() {
    }

    /**
     * True when the object {@code objectId} of catalog {@code catalog} does not belong to an
     * extension: such objects are created by CREATE EXTENSION, not by the user
     * (https://www.postgresql.org/docs/current/catalog-pg-depend.html, deptype 'e').
     */
    static String notExtensionMember(String catalog, String objectId) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '" + catalog
                + "'::regclass AND ext.objid = " + objectId + " AND ext.deptype = 'e')";
    }
}
