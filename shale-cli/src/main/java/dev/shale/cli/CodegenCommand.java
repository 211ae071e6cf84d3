package dev.shale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shale codegen LANGUAGE}: code of the application generated from the schema; Java today. */
@Command(name = "codegen", mixinStandardHelpOptions = true,
        description = "Generate application code from the schema (Java records and name constants).",
        synopsisSubcommandLabel = "LANGUAGE",
        subcommands = CodegenJavaCommand.class)
final class CodegenCommand implements Runnable {
    @ParentCommand
    private ShaleCommand root;

    @Spec
    private CommandSpec spec;

    ShaleCommand root() {
        return root;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a language is required: shale codegen java");
    }
}
