package dev.shale.dialect.postgres;

import dev.shale.dialect.CatalogReader;
import dev.shale.model.QualifiedName;
import dev.shale.model.UnmanagedObject;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Lists, in one query, the objects of the inspected schemas that the model does not cover:
 * functions and procedures (named with their argument types, since they overload), triggers,
 * row-level security policies, rules, extensions, domains, composite and range types,
 * partitioned tables and partitions, and foreign tables. Objects created by an extension
 * are left out (the extension stands for them), and so are functions the database made
 * itself, such as the constructors of a range type (an internal dependency, deptype 'i').
 */
final class PostgresUnmanagedReader {
    private static final String IN_SCHEMAS = "n.nspname = ANY(?::text[])";
    private static final String SQL = String.join("\nUNION ALL\n",
            """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
                   n.nspname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', NULL, NULL
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE %s AND %s
              AND NOT EXISTS (SELECT 1 FROM pg_depend internal WHERE internal.classid = 'pg_proc'::regclass
                              AND internal.objid = p.oid AND internal.deptype = 'i')"""
                    .formatted(IN_SCHEMAS, CatalogFilters.notExtensionMember("pg_proc", "p.oid")),
            """
            SELECT 'trigger', n.nspname, t.tgname, n.nspname, c.relname
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND NOT t.tgisinternal AND t.tgparentid = 0""".formatted(IN_SCHEMAS),
            """
            SELECT 'policy', n.nspname, p.polname, n.nspname, c.relname
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s""".formatted(IN_SCHEMAS),
            """
            SELECT 'rule', n.nspname, r.rulename, n.nspname, c.relname
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND r.rulename <> '_RETURN'""".formatted(IN_SCHEMAS),
            """
            SELECT 'extension', n.nspname, e.extname, NULL, NULL
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE %s""".formatted(IN_SCHEMAS),
            """
            SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' ELSE 'range type' END,
                   n.nspname, t.typname, NULL, NULL
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_class c ON c.oid = t.typrelid
            WHERE %s AND (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND c.relkind = 'c')) AND %s"""
                    .formatted(IN_SCHEMAS, CatalogFilters.notExtensionMember("pg_type", "t.oid")),
            """
            SELECT CASE WHEN c.relkind = 'p' THEN 'partitioned table' WHEN c.relkind = 'f' THEN 'foreign table'
                        ELSE 'partition' END, n.nspname, c.relname, NULL, NULL
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND (c.relkind IN ('p', 'f') OR c.relispartition) AND %s"""
                    .formatted(IN_SCHEMAS, CatalogFilters.notExtensionMember("pg_class", "c.oid")));

    private PostgresUnmanagedReader() {
    }

    static List<UnmanagedObject> read(CatalogReader catalog, Array namespaces) throws SQLException {
        Object[] parameters = new Object[7];
        Arrays.fill(parameters, namespaces);
        return catalog.query(SQL, row -> new UnmanagedObject(row.getString(1),
                QualifiedName.of(row.getString(2), row.getString(3)),
                row.getString(5) == null ? null : QualifiedName.of(row.getString(4), row.getString(5))), parameters);
    }
}
