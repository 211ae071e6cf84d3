package dev.shale.cli;

import dev.shale.ShaleException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Commands of the product that this version does not implement yet. They are listed in
 * {@code shale --help} with what they will do, and running one says so plainly (exit 2)
 * instead of pretending. Each moves to its own class when it is implemented.
 */
final class PlannedCommands {
    private static final String[][] PLANNED = {
        {"studio", "Start the local web page for environments, migrations, schemas and comparisons."},
    };

    private PlannedCommands() {
    }

    static void addTo(CommandLine root) {
        for (String[] planned : PLANNED) {
            String name = planned[0];
            Callable<Integer> notYet = () -> {
                throw ShaleException.notImplemented(name);
            };
            CommandSpec spec = CommandSpec.wrapWithoutInspection(notYet);
            spec.name(name);
            spec.usageMessage().description("[not implemented yet] " + planned[1]);
            spec.mixinStandardHelpOptions(true);
            spec.parser().unmatchedArgumentsAllowed(true);
            root.addSubcommand(name, new CommandLine(spec));
        }
    }
}
