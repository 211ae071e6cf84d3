package dev.shale.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create an empty, correctly named migration file with up and down sections.",
                "Versioned by UTC timestamp, or by the next sequence number when the directory numbers its files. "
                + "Updates shale.sum."})
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Parameters(paramLabel = "NAME", description = "What the migration does, e.g. add_orders.")
    private String name;

    @Override
    public Integer call() {
        Path file = target.load(root.invocation()).newMigration(name);
        root.terminal().println(root.invocation().workingDir().relativize(file).toString());
        return 0;
    }
}
