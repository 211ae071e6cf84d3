package dev.shale.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one run of the command line works with besides its arguments: where it writes,
 * the directory it runs in and the environment variables it may read. Tests pass their own.
 */
public record Invocation(Terminal terminal, Path workingDir, Map<String, String> variables) {

    public static Invocation system() {
        return new Invocation(Terminal.system(), Path.of("").toAbsolutePath(), System.getenv());
    }
}
