package dev.shale.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Realign recorded checksums with the files and remove failed history entries.",
                "Run it after putting the database right by hand; it changes only the history table."})
final class RepairCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        List<String> changes = target.load(root.invocation(), terminal::info).repair();
        changes.forEach(terminal::println);
        if (changes.isEmpty()) {
            terminal.info("nothing to repair");
        }
        return 0;
    }
}
