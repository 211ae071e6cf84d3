package dev.shale.codegen;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.desired.SchemaLoader;
import dev.shale.desired.SchemaSource;
import dev.shale.migrate.MigrationListener;
import dev.shale.model.DatabaseSchema;
import java.nio.file.Path;

/**
 * {@code shale codegen java}: reads the environment's live schema (or its desired-state
 * schema files, run on a throw-away dev database) and writes a Java record per table and an
 * enum per enum type into a source root.
 */
public final class JavaCodegen {
    private final Environment environment;

    public JavaCodegen(Environment environment) {
        this.environment = environment;
    }

    public CodegenResult generate(JavaCodegenOptions options) {
        if (!JavaNames.isPackage(options.packageName())) {
            throw ShaleException.usage("'" + options.packageName() + "' is not a Java package name",
                    "use dot-separated Java identifiers that are not keywords, e.g. com.example.db");
        }
        SchemaSource source = options.fromSchemaFiles()
                ? new SchemaSource.SqlFiles(environment.schemaPaths())
                : new SchemaSource.LiveDatabase(environment.url(), environment.name());
        DatabaseSchema schema = new SchemaLoader(environment, MigrationListener.SILENT).load(source);
        JavaTypeMapper mapper = environment.url().dialect().javaTypes();
        var files = new JavaSources(options.packageName(), options.optional(), mapper).generate(schema);
        Path packageDir = options.outDir().resolve(options.packageName().replace('.', '/'));
        return new SourceDirectory(options.outDir()).write(packageDir, files);
    }
}
