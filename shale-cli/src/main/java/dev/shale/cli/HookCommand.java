package dev.shale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shale hook install|uninstall|check}: the git pre-commit hook that guards the migration directory. */
@Command(name = "hook", mixinStandardHelpOptions = true,
        description = {"Install or remove the git pre-commit hook that validates and lints migrations.",
                "Before a commit that changes the migration directory the hook runs 'shale hook check': the "
                        + "directory must be staged as a whole, file names must follow the naming convention, "
                        + "versions must be unique and shale.sum current, migrations recorded in shale.sum on "
                        + "HEAD must not be edited or deleted, and the new migrations must pass lint (exit 1 "
                        + "needs an approval in the file, exit 2 blocks)."},
        synopsisSubcommandLabel = "install|uninstall|check",
        subcommands = {HookInstallCommand.class, HookUninstallCommand.class, HookCheckCommand.class})
final class HookCommand implements Runnable {
    @ParentCommand
    private ShaleCommand root;

    @Spec
    private CommandSpec spec;

    ShaleCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: install, uninstall or check");
    }
}
