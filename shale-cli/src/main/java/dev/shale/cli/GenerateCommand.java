package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.desired.ChangeSummary;
import dev.shale.desired.GenerateResult;
import dev.shale.lint.LintOptions;
import java.util.List;
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
                        + "asked about on a terminal, or given with --rename."})
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

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
        GenerateResult result = shale.schemaAsCode().generate(name, renames.flags(), renames.resolver(terminal), dryRun);
        if (result.noChanges()) {
            terminal.info("the migrations already give the schema of the schema files: nothing to generate");
            return 0;
        }
        if (dryRun) {
            terminal.out().print(result.content());
            terminal.out().flush();
            return 0;
        }
        terminal.info("wrote " + root.invocation().workingDir().relativize(result.file().orElseThrow()));
        result.change().changes().changes().forEach(c -> terminal.info("  " + ChangeSummary.describe(c)));
        result.change().up().notes().forEach(n -> terminal.info("note: " + n));
        terminal.info("review it, then 'shale migrate'");
        if (rollbackPlan) {
            terminal.println(shale.rollbackPlan(new LintOptions(List.of(result.file().orElseThrow()),
                    Optional.empty())).text());
        }
        return 0;
    }
}
