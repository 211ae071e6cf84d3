package dev.shale.cli;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.UnmanagedObject;
import java.io.IOException;
import java.util.List;

/** A schema as a SQL file: a header, the CREATE statements, and what was left out and why. */
final class SchemaSql {
    private SchemaSql() {
    }

    /** Takes the text of a file a piece at a time. */
    @FunctionalInterface
    interface Sink {
        void write(String text) throws IOException;
    }

    /** Writes the file to {@code out}, statement by statement. */
    static void write(String source, DatabaseSchema schema, List<String> statements, Sink out) throws IOException {
        out.write("-- Schema of " + source + ", written by 'shale inspect --format sql'.\n");
        if (!schema.unmanaged().isEmpty()) {
            out.write("-- Not managed by Shale, so not included below:\n");
            for (UnmanagedObject object : schema.unmanaged()) {
                out.write("--   " + SchemaText.describe(object) + "\n");
            }
        }
        for (String statement : statements) {
            out.write("\n");
            out.write(statement);
            out.write(";\n");
        }
    }
}
