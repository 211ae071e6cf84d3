package dev.shale.cli;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.UnmanagedObject;
import java.util.List;

/** A schema as a SQL file: a header, the CREATE statements, and what was left out and why. */
final class SchemaSql {
    private SchemaSql() {
    }

    static String render(String source, DatabaseSchema schema, List<String> statements) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Schema of ").append(source).append(", written by 'shale inspect --format sql'.\n");
        if (!schema.unmanaged().isEmpty()) {
            sql.append("-- Not managed by Shale, so not included below:\n");
            for (UnmanagedObject object : schema.unmanaged()) {
                sql.append("--   ").append(SchemaText.describe(object)).append('\n');
            }
        }
        for (String statement : statements) {
            sql.append('\n').append(statement).append(";\n");
        }
        return sql.toString();
    }
}
