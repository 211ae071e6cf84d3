package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.migrate.MigrationRun;
import dev.shale.migrate.RollbackOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Run the down sections of the last applied migrations (--steps N or --target VERSION).",
                "Refuses, before running anything, when one of them has no down section."})
final class RollbackCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1",
            description = "How many of the newest applied migrations to revert (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--target", paramLabel = "VERSION", description = "Revert every migration above this version.")
    private String version;

    @Option(names = "--dry-run", description = "Print the SQL that would run; change nothing.")
    private boolean dryRun;

    @Mixin
    private DeploymentOptions deployment;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation on a production environment.")
    private boolean yes;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        deployment.check(dryRun);
        Shale loaded = target.load(root.invocation(), terminal::info);
        return deployment.run(loaded, terminal, shale -> rollback(shale, terminal));
    }

    private int rollback(Shale shale, Terminal terminal) {
        RollbackOptions options = RollbackOptions.lastOne().steps(steps).target(version);
        if (!dryRun) {
            MigrationOutput.confirmOnProduction(shale, terminal, yes, "roll back",
                    () -> shale.rollback(options.dryRun(true)));
        }
        MigrationRun run = shale.rollback(options.dryRun(dryRun));
        MigrationOutput.print(run, terminal, "reverted");
        return 0;
    }
}
