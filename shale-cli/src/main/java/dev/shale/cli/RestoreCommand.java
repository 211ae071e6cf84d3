package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup taken by 'migrate --backup' into the environment's database.",
                "PostgreSQL (pg_restore --clean) and MySQL/MariaDB (the dump's DROP TABLE) drop and recreate every "
                        + "object the backup holds, history table included; objects created after the backup stay "
                        + "as they are. SQLite replaces the whole database. Asks for confirmation on a production "
                        + "environment (--yes without a terminal)."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Parameters(paramLabel = "FILE", description = "The backup file 'migrate --backup' printed.")
    private Path file;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation on a production environment.")
    private boolean yes;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Shale shale = target.load(root.invocation());
        Path backup = root.invocation().workingDir().resolve(file);
        confirm(shale, terminal, backup);
        shale.restore(backup);
        terminal.info("restored " + backup + " into '" + shale.environment().name() + "' ("
                + shale.environment().url().display() + ")");
        return ExitCode.OK.code();
    }

    private void confirm(Shale shale, Terminal terminal, Path backup) {
        if (!shale.environment().production() || yes) {
            return;
        }
        String env = shale.environment().name();
        if (!terminal.interactive()) {
            throw ShaleException.usage("'" + env + "' is a production environment and there is no terminal to "
                    + "confirm on", "run again with --yes to restore without asking");
        }
        terminal.info("about to restore " + backup + " into production environment '" + env + "' ("
                + shale.environment().url().display() + "), replacing what the backup holds");
        String answer = terminal.ask("type 'yes' to continue: ");
        if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
            throw ShaleException.usage("not confirmed; nothing was changed", null);
        }
    }
}
