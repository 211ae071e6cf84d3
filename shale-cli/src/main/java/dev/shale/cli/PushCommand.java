package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.desired.ChangeSummary;
import dev.shale.desired.SchemaAsCode;
import dev.shale.desired.SchemaChange;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Apply the desired schema files directly to a development database, without a migration.",
                "For prototyping. Shows the plan; asks before anything destructive (or needs --yes without a "
                        + "terminal). Refuses an environment marked production."})
final class PushCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private RenameOptions renames;

    @Mixin
    private DevUrlOption devUrl;

    @Option(names = {"-y", "--yes"}, description = "Apply destructive changes without asking.")
    private boolean yes;

    @Option(names = "--dry-run", description = "Print the SQL and change nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
        SchemaAsCode schemaAsCode = shale.schemaAsCode();
        SchemaChange change = schemaAsCode.planPush(renames.flags(), renames.resolver(terminal));
        if (change.isEmpty()) {
            terminal.info(shale.environment().name() + " already has the schema of the schema files");
            return 0;
        }
        terminal.info("push to " + shale.environment().name() + " (" + shale.environment().url().display() + "):");
        change.changes().changes().forEach(c -> terminal.info("  " + ChangeSummary.describe(c)));
        if (dryRun) {
            change.up().statements().forEach(s -> terminal.println(s.sql() + ";"));
            return 0;
        }
        if (change.destructive() && !yes) {
            confirmDestructive(terminal);
        }
        schemaAsCode.apply(change);
        terminal.info("pushed " + change.changes().changes().size() + " changes");
        return 0;
    }

    private static void confirmDestructive(Terminal terminal) {
        if (!terminal.interactive()) {
            throw new ShaleException(ExitCode.USAGE, "the push drops data and there is no terminal to confirm on",
                    "review it with --dry-run, then run again with --yes");
        }
        String answer = terminal.ask("this drops data; type 'yes' to continue: ");
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            throw new ShaleException(ExitCode.USAGE, "not confirmed; nothing was changed", null);
        }
    }
}
