package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.config.ShaleConfig;
import dev.shale.desired.ChangeSummary;
import dev.shale.desired.SchemaChange;
import dev.shale.desired.SchemaSource;
import dev.shale.desired.SchemaSources;
import dev.shale.plan.PlannedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the SQL that turns one schema into another.",
                "FROM and TO are each an environment name, a database URL, a .sql file or folder of desired-state "
                        + "SQL, or a migrations directory. Only the SQL goes to stdout, so it can be piped to the "
                        + "database. Exit 0 when they are equal, 1 when they differ. Never prompts: a possible "
                        + "rename is printed as drop + add and noted on stderr."})
final class DiffCommand implements Callable<Integer> {
    enum Format { SQL, JSON, TEXT }

    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private RenameOptions renames;

    @Mixin
    private DevUrlOption devUrl;

    @Parameters(index = "0", paramLabel = "FROM", description = "The schema as it is.")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The schema as it should be.")
    private String to;

    @Option(names = "--format", defaultValue = "sql", paramLabel = "sql|json|text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
        ShaleConfig config = shale.config();
        SchemaSource fromSource = SchemaSources.resolve(from, config, root.invocation().workingDir());
        SchemaSource toSource = SchemaSources.resolve(to, config, root.invocation().workingDir());
        SchemaChange change = shale.schemaAsCode().diff(fromSource, toSource, renames.flags());
        change.unresolvedRenames().forEach(c -> terminal.info("note: possible rename " + c.describe()
                + " printed as drop + add; say --rename " + c.flag() + " if it is one"));
        switch (format) {
            case SQL -> change.up().statements().forEach(s -> terminal.println(s.sql() + ";"));
            case TEXT -> change.changes().changes().forEach(c -> terminal.println(ChangeSummary.describe(c)));
            case JSON -> terminal.println(Json.write(Map.of(
                    "from", change.fromLabel(), "to", change.toLabel(), "equal", change.isEmpty(),
                    "changes", change.changes().changes().stream().map(ChangeSummary::describe).toList(),
                    "up", sql(change.up().statements()), "down", sql(change.down().statements()),
                    "notes", change.up().notes())));
        }
        return change.isEmpty() ? 0 : 1;
    }

    private static List<String> sql(List<PlannedStatement> statements) {
        return statements.stream().map(PlannedStatement::sql).toList();
    }
}
