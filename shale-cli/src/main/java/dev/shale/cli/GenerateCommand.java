package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.desired.ChangeSummary;
import dev.shale.desired.GenerateOptions;
import dev.shale.desired.GenerateResult;
import dev.shale.desired.GeneratedMigration;
import dev.shale.lint.LintOptions;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the migration that takes the migrations to the desired schema files.",
                "Runs the schema files and replays the migration directory on throw-away dev databases, "
                        + "compares them, and writes migrations/<version>_NAME.sql with the up section, the down "
                        + "section and a header that lists the changes and their risk. Possible renames are "
                        + "asked about on a terminal, or given with --rename. Where the database has a safe form, "
                        + "later steps go to NAME_online and NAME_validate migrations."})
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private RenameOptions renames;

    @Mixin
    private DevUrlOption devUrl;

    @Parameters(paramLabel = "NAME", description = "What the migration does, e.g. add_user_preferences.")
    private String name;

    @Option(names = "--dry-run", description = "Print the migration instead of writing it.")
    private boolean dryRun;

    @Option(names = "--rollback-plan", description = "After writing the migration, print how it would be undone "
            + "and whether that needs a backup (not with --dry-run, which writes nothing).")
    private boolean rollbackPlan;

    @Option(names = "--unsafe", description = "Write the plain form in one migration instead of the safe form "
            + "(concurrent indexes, NOT VALID + VALIDATE, NOT NULL after a batched backfill).")
    private boolean unsafe;

    @Option(names = "--expand-contract", description = "Write confirmed column renames as NAME_expand (new "
            + "column kept in sync, values copied) and NAME_contract (old column dropped); PostgreSQL only.")
    private boolean expandContract;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
        GenerateResult result = shale.schemaAsCode().generate(name, renames.flags(), renames.resolver(terminal),
                new GenerateOptions(dryRun, unsafe, expandContract));
        if (result.noChanges()) {
            terminal.info("the migrations already give the schema of the schema files: nothing to generate");
            return 0;
        }
        if (dryRun) {
            for (GeneratedMigration migration : result.migrations()) {
                if (result.migrations().size() > 1) {
                    terminal.out().println("-- ==== migration " + migration.name() + " ====");
                }
                terminal.out().print(migration.content());
            }
            terminal.out().flush();
            printSafeguards(terminal, result);
            return 0;
        }
        for (GeneratedMigration migration : result.migrations()) {
            terminal.info("wrote " + root.invocation().workingDir().relativize(migration.file().orElseThrow()));
        }
        result.change().changes().changes().forEach(c -> terminal.info("  " + ChangeSummary.describe(c)));
        result.notes().forEach(n -> terminal.info("note: " + n));
        printSafeguards(terminal, result);
        terminal.info("review it, then 'shale migrate'");
        if (rollbackPlan) {
            terminal.println(shale.rollbackPlan(new LintOptions(
                    result.migrations().stream().map(m -> m.file().orElseThrow()).toList(), Optional.empty())).text());
        }
        return 0;
    }

    private static void printSafeguards(Terminal terminal, GenerateResult result) {
        result.safeguards().forEach(line -> terminal.info("safe form: " + line));
        result.todos().forEach(line -> terminal.info("todo: " + line));
    }
}
