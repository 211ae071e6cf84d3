package dev.shale.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
public final class GlobalOptions {
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only data and errors, no progress.")
    private boolean quiet;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of failures (credentials still masked).")
    private boolean debug;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Do not color the output (also: NO_COLOR environment variable).")
    private boolean noColor;

    public boolean quiet() {
        return quiet;
    }

    public boolean debug() {
        return debug;
    }

    public boolean noColor() {
        return noColor;
    }
}
