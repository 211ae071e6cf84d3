package dev.shale.backup;

import dev.shale.ShaleException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database's own command-line tool (pg_dump, mysqldump, ...) run as a process. Credentials
 * go in {@code environment} (PGPASSWORD, MYSQL_PWD), never on the command line.
 *
 * @param command     program and arguments
 * @param environment variables added to the process's environment
 * @param input       a file fed to its standard input, if any
 */
public record ExternalTool(List<String> command, Map<String, String> environment, Optional<Path> input) {
    public ExternalTool {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** Runs it to the end; returns its standard output; a non-zero exit fails with its error output. */
    public String run() {
        String program = command.get(0);
        try {
            File errors = File.createTempFile("shale-tool", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors);
                builder.environment().putAll(environment);
                input.ifPresent(file -> builder.redirectInput(file.toFile()));
                Process process = builder.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = process.waitFor();
                if (status != 0) {
                    String stderr = java.nio.file.Files.readString(errors.toPath(), StandardCharsets.UTF_8).strip();
                    throw new BackupFailedException(program + " exited with status " + status
                            + (stderr.isEmpty() ? "" : ": " + stderr.lines().limit(5)
                            .reduce((a, b) -> a + " / " + b).orElse("")), "fix the cause above and run again");
                }
                return output;
            } finally {
                java.nio.file.Files.deleteIfExists(errors.toPath());
            }
        } catch (IOException e) {
            throw ShaleException.usage("cannot run " + program + ": " + e.getMessage(),
                    "install the database's client tools so that " + program + " is on PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailedException(program + " was interrupted", "run again");
        }
    }
}
