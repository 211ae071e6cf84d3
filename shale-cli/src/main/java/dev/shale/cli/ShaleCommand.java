package dev.shale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root {@code shale} command; it only dispatches to its subcommands (listed in {@link Subcommands}). */
@Command(name = "shale",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Safe, reviewable, reversible schema change for PostgreSQL, MySQL/MariaDB and SQLite.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  a check found problems (lint, drift, validate)",
            "  2  usage or configuration error (lint: blocked)",
            "  3  database unreachable or authentication failed",
            "  4  migration failed",
            " 70  internal error (a bug in Shale; run with --debug)",
            "",
            "Run 'shale help COMMAND' (or 'shale COMMAND --help') for the options of a command."})
public final class ShaleCommand implements Runnable {
    private final Invocation invocation;

    @Mixin
    private GlobalOptions global;

    ShaleCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    Invocation invocation() {
        return invocation;
    }

    GlobalOptions global() {
        return global;
    }

    /** The terminal, configured with the global options of this invocation. */
    Terminal terminal() {
        invocation.terminal().configure(global.noColor(), global.quiet());
        return invocation.terminal();
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
