package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.inspect.Inspection;
import dev.shale.inspect.SchemaFilter;
import dev.shale.model.DatabaseSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Read a database's schema and print it.",
                "sql: CREATE statements in dependency order that rebuild the schema on an empty database "
                        + "(how an existing database adopts Shale: inspect --format sql > schema/schema.sql). "
                        + "json: the model. text: a readable summary per table."})
final class InspectCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, SQL }

    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sql",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--schema", paramLabel = "NAME", split = ",",
            description = "Schemas to read (PostgreSQL; repeatable or comma-separated). Default: all user schemas.")
    private List<String> schemas = List.of();

    @Option(names = "--table", paramLabel = "NAME", split = ",",
            description = "Only these tables or views (name or schema.name; repeatable or comma-separated).")
    private List<String> tables = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path output;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation());
        Inspection inspection = shale.inspect(schemas);
        DatabaseSchema schema = SchemaFilter.onlyTables(inspection.schema(), new LinkedHashSet<>(tables));
        Output rendered = switch (format) {
            case JSON -> text(Json.write(schema));
            case SQL -> {
                List<String> statements = shale.render(schema);
                yield out -> SchemaSql.write(inspection.source(), schema, statements, out);
            }
            case TEXT -> text(SchemaText.render(schema));
        };
        write(rendered, terminal);
        terminal.info(String.format("inspected %s: %s, %s in %d ms (%d catalog queries)",
                inspection.source(), count(schema.tables().size(), "table"), count(schema.views().size(), "view"),
                inspection.elapsed().toMillis(), inspection.catalogQueries()));
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The rendered schema, written piece by piece: a large schema is never one string of its own. */
    @FunctionalInterface
    private interface Output {
        void writeTo(SchemaSql.Sink out) throws IOException;
    }

    private static Output text(String rendered) {
        return out -> out.write(rendered);
    }

    private void write(Output rendered, Terminal terminal) {
        if (output == null) {
            try {
                rendered.writeTo(terminal.out()::write);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            terminal.out().flush();
            return;
        }
        Path file = root.invocation().workingDir().resolve(output);
        // Bytes straight from each string: a Writer would widen every character and encode it again.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            rendered.writeTo(text -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw dev.shale.ShaleException.usage("cannot write " + file + ": " + e.getMessage(),
                    "check that the directory exists and is writable");
        }
        terminal.info("wrote " + file);
    }
}
