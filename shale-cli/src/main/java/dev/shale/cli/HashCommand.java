package dev.shale.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "hash", mixinStandardHelpOptions = true,
        description = {"Rewrite migrations/shale.sum after an intended change to the migration directory."})
final class HashCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Override
    public Integer call() {
        int files = target.load(root.invocation()).hash();
        root.terminal().info("shale.sum records " + files + " file" + (files == 1 ? "" : "s"));
        return 0;
    }
}
