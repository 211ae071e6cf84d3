package dev.shale.inspect;

import dev.shale.config.Environment;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the named tables and views of a schema (and the enums, sequences and
 * unmanaged objects as they are: they are not per table, except triggers and policies).
 * A name matches {@code name} or {@code schema.name}.
 */
public final class SchemaFilter {
    private SchemaFilter() {
    }

    public static DatabaseSchema onlyTables(DatabaseSchema schema, Set<String> names) {
        if (names.isEmpty()) {
            return schema;
        }
        return new DatabaseSchema(schema.dialect(), schema.namespaces(),
                schema.tables().stream().filter(t -> matches(t.name(), names)).toList(),
                schema.views().stream().filter(v -> matches(v.name(), names)).toList(),
                schema.enums(), schema.sequences(),
                schema.unmanaged().stream().filter(u -> u.table() == null || matches(u.table(), names)).toList());
    }

    private static boolean matches(QualifiedName name, Set<String> names) {
        return names.contains(name.name()) || names.contains(name.toString());
    }

    /**
     * The schema without Shale's own history table: it belongs to the tool, not to the
     * application, so inspection, diff and drift leave it out.
     *
     * @param namespace the history table's schema, or null for any (the connection's current one)
     */
    public static DatabaseSchema withoutTable(DatabaseSchema schema, String table, String namespace) {
        List<Table> kept = schema.tables().stream().filter(t -> !(t.name().name().equals(table)
                && (namespace == null || namespace.equals(t.name().schema())))).toList();
        if (kept.size() == schema.tables().size()) {
            // Nothing to leave out: the schema as it is, rather than sorting it all again.
            return schema;
        }
        return new DatabaseSchema(schema.dialect(), schema.namespaces(), kept,
                schema.views(), schema.enums(), schema.sequences(), schema.unmanaged());
    }

    /** The schema without {@code environment}'s history table (its configured name and schema). */
    public static DatabaseSchema withoutHistory(DatabaseSchema schema, Environment environment) {
        return withoutTable(schema, environment.historyTable(), environment.historySchema().orElse(null));
    }
}
