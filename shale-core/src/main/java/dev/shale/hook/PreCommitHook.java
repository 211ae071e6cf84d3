package dev.shale.hook;

import dev.shale.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The git pre-commit hook that runs {@code shale hook check}: written into the repository of a
 * project, and removed only when it is Shale's (its marker line says so). A hook of another
 * tool is never overwritten.
 */
public final class PreCommitHook {
    /** The line that marks a hook as written by Shale. */
    public static final String MARKER = "# shale:pre-commit-hook";

    private final GitRepository git;
    private final Path projectDir;

    private PreCommitHook(GitRepository git, Path projectDir) {
        this.git = git;
        this.projectDir = projectDir;
    }

    /** The hook of the git repository that contains {@code projectDir}. */
    public static PreCommitHook of(Path projectDir) {
        Path dir = projectDir.toAbsolutePath().normalize();
        return new PreCommitHook(GitRepository.containing(dir), dir);
    }

    /** Where git looks for the hook (honours core.hooksPath). */
    public Path file() {
        return git.top().resolve(git.run("rev-parse", "--git-path", "hooks/pre-commit").strip()).normalize();
    }

    /**
     * Writes the hook; {@code shale} is the command (program and leading arguments) that runs
     * Shale. Returns true when an earlier Shale hook was replaced.
     */
    public boolean install(List<String> shale) {
        Path file = file();
        boolean replaced = Files.exists(file);
        if (replaced && !isShales(file)) {
            throw new ShaleException(dev.shale.ExitCode.USAGE, file + " exists and is not Shale's hook; "
                    + "it is left as it is", "to run both, add these lines to it: " + chainLines(shale));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, script(shale), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return replaced;
    }

    /** Removes the hook if it is Shale's; empty when there was none. Refuses another tool's hook. */
    public Optional<Path> uninstall() {
        Path file = file();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!isShales(file)) {
            throw ShaleException.usage(file + " is not Shale's hook; it is left as it is",
                    "if it runs 'shale hook check', remove those lines by hand");
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(file);
    }

    private String script(List<String> shale) {
        return "#!/bin/sh\n" + MARKER + "\n"
                + "# Written by 'shale hook install'. Before each commit that changes the migration directory it\n"
                + "# checks names, versions and shale.sum, refuses edits to migrations already committed, and\n"
                + "# lints the new ones. Remove it with 'shale hook uninstall'.\n"
                + "cd " + quote(git.relative(projectDir)) + " || exit 1\n"
                + "exec " + command(shale) + "\n";
    }

    private String chainLines(List<String> shale) {
        return "(cd " + quote(git.relative(projectDir)) + " && " + command(shale) + ") || exit 1";
    }

    private static String command(List<String> shale) {
        return shale.stream().map(PreCommitHook::quote).collect(Collectors.joining(" ")) + " hook check";
    }

    private static boolean isShales(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).contains(MARKER);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** A word for /bin/sh: single-quoted unless it is plainly safe. */
    static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./=:@+-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
