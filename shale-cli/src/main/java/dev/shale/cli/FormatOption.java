package dev.shale.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} for commands whose output is data. */
final class FormatOption {
    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
