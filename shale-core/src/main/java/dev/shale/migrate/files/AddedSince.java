package dev.shale.migrate.files;

import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The files added to a migration directory since a git ref, as git sees them ({@code lint} and {@code verify --since}). */
public final class AddedSince {
    private AddedSince() {
    }

    /** File names (no sub-directories) added to {@code dir} since {@code ref}. */
    public static Set<String> fileNames(Path dir, String ref) {
        List<String> command = List.of("git", "diff", "--name-only", "--relative", "--diff-filter=A", ref, "--", ".");
        try {
            Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw ShaleException.usage("git could not list the migrations added since " + ref + ": "
                        + output.strip(), "run it inside a git checkout and give a ref git knows (e.g. origin/main)");
            }
            return output.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains("/"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw ShaleException.usage("cannot run git: " + e.getMessage(), "install git, or name the migrations");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ShaleException.usage("interrupted while running git", "run again");
        }
    }
}
