package dev.shale.cli;

import dev.shale.ShaleException;
import dev.shale.verify.VerifyFormat;
import dev.shale.verify.VerifyOptions;
import dev.shale.verify.VerifyReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Prove each migration and its rollback on a scratch database before production.",
                "On a throw-away dev database, for each migration pending on the environment (or every one "
                        + "with --all), in order: apply the ones before it, then its up, its down (which must "
                        + "bring back the schema from before the up) and its up again (which must give the same "
                        + "schema). A migration without a down section fails as not reversible. Afterwards the "
                        + "schema must equal the schema files, when the project has them. The environment itself "
                        + "is only read (which migrations are pending). With --from-env ENV the scratch starts as a copy "
                        + "of ENV's schema and history, and --sample-rows N adds N rows per table and checks that "
                        + "each down keeps the data its up did not touch.",
                "Exit: 0 all passed, 1 a check failed."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Option(names = "--all", description = "Rehearse every migration of the directory, not only the pending ones.")
    private boolean all;

    @Option(names = "--since", paramLabel = "REF",
            description = "Rehearse the migrations added to the directory since this git ref (e.g. origin/main), "
                    + "pending or not, as 'shale lint --since' picks them.")
    private String since;

    @Option(names = "--from-env", paramLabel = "ENV",
            description = "Rehearse the migrations pending on environment ENV on a scratch copy of its schema and "
                    + "history (read through a read-only session; the scratch is dev_url, else a throw-away "
                    + "database on ENV's server) instead of a replay of the migrations.")
    private String fromEnv;

    @Option(names = "--sample-rows", paramLabel = "N",
            description = "With --from-env: copy up to N rows per table from ENV to the scratch first, and check that "
                    + "each migration and its down keep every row and every value they do not touch. Never by default.")
    private Integer sampleRows;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private VerifyFormat format;

    @Override
    public Integer call() {
        if (all && since != null) {
            throw ShaleException.usage("--all and --since cannot be combined", "--all rehearses every migration; "
                    + "--since only those added since a git ref");
        }
        if (fromEnv != null) {
            target.useEnvironment(fromEnv, "--from-env");
        }
        VerifyReport report = target.load(root.invocation(), root.terminal()::info)
                .verify(new VerifyOptions(all).since(since).fromEnvironment(fromEnv != null).sampleRows(sampleRows));
        root.terminal().println(format.render(report).stripTrailing());
        return report.exitCode().code();
    }
}
