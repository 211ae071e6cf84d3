package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.migrate.AppliedMigration;
import dev.shale.migrate.MigrationRun;
import java.util.function.Supplier;

/** What migrate and rollback share on the command line: the production confirmation and the summary. */
final class MigrationOutput {
    private MigrationOutput() {
    }

    /**
     * On a production environment, shows the plan (a dry run) and asks for confirmation on a
     * terminal; without a terminal, {@code --yes} is required.
     */
    static void confirmOnProduction(Shale shale, Terminal terminal, boolean yes, String verb,
                                    Supplier<MigrationRun> plan) {
        if (!shale.environment().production() || yes) {
            return;
        }
        String env = shale.environment().name();
        if (!terminal.interactive()) {
            throw new ShaleException(ExitCode.USAGE, "'" + env + "' is a production environment and there is no "
                    + "terminal to confirm on", "review the plan with --dry-run, then run again with --yes");
        }
        MigrationRun planned = plan.get();
        if (planned.migrations().isEmpty()) {
            return;
        }
        terminal.info("about to " + verb + " on production environment '" + env + "' ("
                + shale.environment().url().display() + "):");
        planned.migrations().forEach(m -> terminal.info("  " + label(m)));
        String answer = terminal.ask("type 'yes' to continue: ");
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            throw new ShaleException(ExitCode.USAGE, "not confirmed; nothing was changed", null);
        }
    }

    static String label(AppliedMigration migration) {
        return (migration.version().isEmpty() ? "(repeatable)" : migration.version()) + " " + migration.description();
    }

    /** Prints a dry run's SQL on stdout, or a one-line summary of what ran. */
    static void print(MigrationRun run, Terminal terminal, String verb) {
        if (run.dryRun()) {
            terminal.info("dry run: nothing was changed; this is the SQL that would run:");
            run.script().forEach(terminal::println);
            return;
        }
        long millis = run.millis();
        if (!run.migrations().isEmpty()) {
            terminal.info(verb + " " + run.migrations().size() + " migration" + (run.migrations().size() == 1 ? "" : "s")
                    + " in " + millis + " ms");
        }
    }
}
