package dev.shale.cli;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the command tree and turns every outcome into an exit code: results, Shale's own
 * errors (a one-line {@code error:} and a {@code hint:}), wrong command lines, and
 * unexpected failures (stack trace only with {@code --debug}).
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, Invocation invocation) {
        Terminal terminal = invocation.terminal();
        ShaleCommand root = new ShaleCommand(invocation);
        CommandLine commandLine = new CommandLine(root);
        Subcommands.addTo(commandLine, args);
        commandLine.setOut(terminal.out());
        commandLine.setErr(terminal.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> usageError(e, terminal));
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> failure(e, root, terminal));
        return commandLine.execute(args);
    }

    private static int usageError(CommandLine.ParameterException e, Terminal terminal) {
        CommandLine failed = e.getCommandLine();
        String command = failed.getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && failed.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            List<String> suggestions = unmatched.getSuggestions();
            terminal.error("unknown command '" + unmatched.getUnmatched().get(0) + "'",
                    suggestions.isEmpty() ? "see 'shale --help' for the commands"
                            : "did you mean " + String.join(" or ", suggestions) + "? see 'shale --help'");
        } else {
            terminal.error(e.getMessage(), "see '" + command + " --help'");
        }
        return ExitCode.USAGE.code();
    }

    private static int failure(Exception e, ShaleCommand root, Terminal terminal) {
        boolean debug = root.global().debug();
        if (e instanceof ShaleException shale) {
            terminal.error(shale.getMessage(), shale.hint().orElse(null));
            if (debug && shale.getCause() != null) {
                terminal.stackTrace(shale);
            }
            return shale.exitCode().code();
        }
        terminal.error("unexpected failure: " + e, "run again with --debug and report the stack trace");
        if (debug) {
            terminal.stackTrace(e);
        }
        return ExitCode.INTERNAL_ERROR.code();
    }
}
