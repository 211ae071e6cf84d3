package dev.shale.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Adopt an existing database: mark migrations up to a version as applied without running them."})
final class BaselineCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Option(names = "--version", required = true, paramLabel = "VERSION",
            description = "The newest version the database already has.")
    private String version;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        List<String> versions = target.load(root.invocation(), terminal::info).baseline(version);
        terminal.info("baselined at " + version + ": recorded " + String.join(", ", versions) + " as applied");
        return 0;
    }
}
