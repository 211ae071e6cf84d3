package dev.shale.codegen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code shale codegen java} writes and from which schema.
 *
 * @param packageName     the Java package of the generated types
 * @param outDir          the source root; files go to {@code outDir/<package as directories>}
 * @param optional        nullable columns as {@code Optional<T>} instead of boxed types
 * @param fromSchemaFiles read the desired-state schema files (on a throw-away dev database)
 *                        instead of the environment's live database
 */
public record JavaCodegenOptions(String packageName, Path outDir, boolean optional, boolean fromSchemaFiles) {
    public JavaCodegenOptions {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(outDir, "outDir");
    }
}
