package dev.shale.cli;

import dev.shale.Shale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "uninstall", mixinStandardHelpOptions = true,
        description = "Remove the pre-commit hook if it is Shale's; another tool's hook is left alone.")
final class HookUninstallCommand implements Callable<Integer> {
    @ParentCommand
    private HookCommand parent;

    @Mixin
    private TargetOptions target;

    @Override
    public Integer call() {
        Invocation invocation = parent.root().invocation();
        Terminal terminal = parent.root().terminal();
        Shale.preCommitHook(target.loadConfig(invocation)).uninstall().ifPresentOrElse(
                file -> terminal.info("removed " + file),
                () -> terminal.info("there is no pre-commit hook to remove"));
        return 0;
    }
}
