package dev.shale.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which migrations {@code lint} reads: the given files, those a git ref does not have yet, or
 * (neither given) the ones pending on the environment.
 *
 * @param files migration files, relative to the working directory or absolute
 * @param since a git ref; the migrations added since it
 */
public record LintOptions(List<Path> files, Optional<String> since) {
    public LintOptions {
        files = List.copyOf(files);
    }

    public static LintOptions pending() {
        return new LintOptions(List.of(), Optional.empty());
    }
}
