package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.lint.LintOptions;
import dev.shale.lint.RollbackPlan;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Apply pending migrations in order, under a lock, recording each in the history table.",
                "Each migration runs in its own transaction where the database allows it; elsewhere a failure "
                + "is recorded with the statement reached and the next run resumes there."})
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Option(names = "--target", paramLabel = "VERSION", description = "Apply migrations up to this version only.")
    private String version;

    @Option(names = "--dry-run", description = "Print the SQL that would run, history writes included; change nothing.")
    private boolean dryRun;

    @Option(names = "--allow-out-of-order",
            description = "Apply pending migrations older than the newest applied one (after merging branches).")
    private boolean allowOutOfOrder;

    @Option(names = "--backup", negatable = true,
            description = "Before the first pending migration, take a checked backup into backups/ (pg_dump custom "
                    + "format, mysqldump --single-transaction, SQLite's online backup) and stop if it fails. "
                    + "Default: on for production environments; --no-backup skips it.")
    private Boolean backup;

    @Option(names = "--rollback-plan", description = "Print how the pending migrations (up to --target) would be "
            + "undone, newest first, each by its down section, and which need a backup; migrate nothing.")
    private boolean rollbackPlan;

    @Mixin
    private DeploymentOptions deployment;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation on a production environment.")
    private boolean yes;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        if (rollbackPlan) {
            RollbackPlan plan = target.load(root.invocation(), terminal::info).rollbackPlan(LintOptions.pending());
            terminal.println((version == null ? plan : plan.upTo(version)).text());
            return 0;
        }
        deployment.check(dryRun);
        Shale loaded = target.load(root.invocation(), terminal::info);
        return deployment.run(loaded, terminal, shale -> migrate(shale, terminal));
    }

    private int migrate(Shale shale, Terminal terminal) {
        MigrateOptions options = MigrateOptions.defaults().target(version).allowOutOfOrder(allowOutOfOrder);
        boolean backUp = backup != null ? backup : shale.environment().production();
        options = options.backupTo(backUp && !dryRun ? shale.backupDirectory() : null);
        MigrateOptions planned = options;
        if (!dryRun) {
            MigrationOutput.confirmOnProduction(shale, terminal, yes, "migrate",
                    () -> shale.migrate(planned.dryRun(true)));
        }
        MigrationRun run = shale.migrate(options.dryRun(dryRun));
        MigrationOutput.print(run, terminal, "applied");
        return 0;
    }
}
