package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.codegen.CodegenResult;
import dev.shale.codegen.JavaCodegenOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "java", mixinStandardHelpOptions = true,
        description = {"Write a Java record per table, with its table and column names as constants, "
                + "and a Java enum per enum type.",
                "Reads the environment's live schema (or the schema files with --from schema). A dropped or renamed "
                        + "column then breaks the application's compile instead of its production run. The same schema "
                        + "gives byte-identical files; unchanged files are not rewritten; files Shale generated for "
                        + "tables that no longer exist are removed. Files without Shale's first-line marker are never "
                        + "touched."})
final class CodegenJavaCommand implements Callable<Integer> {
    enum Source { LIVE, SCHEMA }

    @ParentCommand
    private CodegenCommand parent;

    @Mixin
    private TargetOptions target;

    @Option(names = "--package", required = true, paramLabel = "NAME", description = "Java package, e.g. com.example.db.")
    private String packageName;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Source root, e.g. src/main/java; files go to DIR/<package as folders>.")
    private Path out;

    @Option(names = "--optional", description = "Nullable columns as Optional<T> (default: boxed types such as Long).")
    private boolean optional;

    @Option(names = "--from", defaultValue = "live", paramLabel = "live|schema",
            description = "live: the environment's database (default); schema: the schema files of shale.toml, "
                    + "run on a throw-away dev database.")
    private Source from;

    @Mixin
    private DevUrlOption devUrl;

    @Override
    public Integer call() {
        ShaleCommand root = parent.root();
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation(), dev.shale.migrate.MigrationListener.SILENT, devUrl.value());
        Path dir = root.invocation().workingDir().resolve(out);
        CodegenResult result = shale.generateJava(new JavaCodegenOptions(packageName, dir, optional,
                from == Source.SCHEMA));
        Path base = root.invocation().workingDir();
        result.written().forEach(f -> terminal.info("wrote " + base.relativize(f)));
        result.removed().forEach(f -> terminal.info("removed " + base.relativize(f)));
        terminal.info(String.format("%d written, %d unchanged, %d removed", result.written().size(),
                result.unchanged().size(), result.removed().size()));
        return 0;
    }
}
