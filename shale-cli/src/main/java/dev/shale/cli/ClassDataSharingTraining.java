package dev.shale.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run of the build's class data sharing archive ({@code shale-cli/pom.xml}): the
 * JVM archives every class loaded until it exits, so this runs the commands whose start-up
 * matters (migrate, status, inspect) in one JVM, in a directory holding one migration. SQLite runs them through; the
 * servers are asked on a closed port, which loads their drivers' connection path without a
 * server at build time. Not a command of {@code shale}.
 */
public final class ClassDataSharingTraining {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("hash"),
            List.of("migrate", "--url", "sqlite:training.db"),
            List.of("status", "--url", "sqlite:training.db"),
            List.of("inspect", "--format", "sql", "--url", "sqlite:training.db"),
            List.of("status", "--url", "postgres://shale@127.0.0.1:9/training"),
            List.of("migrate", "--url", "postgres://shale@127.0.0.1:9/training"),
            List.of("status", "--url", "mysql://shale@127.0.0.1:9/training"));

    private ClassDataSharingTraining() {
    }

    /** Runs the training commands in the directory {@code args[0]}; their failures are expected and ignored. */
    public static void main(String[] args) {
        Invocation invocation = new Invocation(Terminal.system(), Path.of(args[0]).toAbsolutePath(), Map.of());
        for (List<String> command : COMMANDS) {
            Cli.run(command.toArray(String[]::new), invocation);
        }
    }
}
