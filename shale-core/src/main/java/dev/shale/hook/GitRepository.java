package dev.shale.hook;

import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The git work tree a project lives in, driven through the real {@code git} command. */
final class GitRepository {
    private final Path top;

    private GitRepository(Path top) {
        this.top = top;
    }

    /** The repository whose work tree contains {@code dir}; fails when there is none. */
    static GitRepository containing(Path dir) {
        Optional<String> top = git(dir, "rev-parse", "--show-toplevel");
        if (top.isEmpty()) {
            throw ShaleException.usage(dir + " is not inside a git work tree",
                    "run 'git init' first, or run this in the checkout of the project");
        }
        return new GitRepository(Path.of(top.get().strip()).toAbsolutePath().normalize());
    }

    /** The top directory of the work tree. */
    Path top() {
        return top;
    }

    /** {@code path} relative to the top, with '/' separators (as git names it). */
    String relative(Path path) {
        String relative = top.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** Runs git at the top of the work tree; fails unless it exits 0. */
    String run(String... args) {
        return tryRun(args).orElseThrow(() -> ShaleException.usage(
                "git " + String.join(" ", args) + " failed in " + top, "check the repository with 'git status'"));
    }

    /** Runs git at the top of the work tree; empty when it exits non-zero. */
    Optional<String> tryRun(String... args) {
        return git(top, args);
    }

    private static Optional<String> git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            throw ShaleException.usage("cannot run git: " + e.getMessage(), "install git and put it on PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ShaleException.usage("interrupted while running git", "run again");
        }
    }
}
