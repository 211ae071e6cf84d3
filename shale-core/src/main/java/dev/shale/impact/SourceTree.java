package dev.shale.impact;

import dev.shale.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The application's text files under one directory, read once and searched for identifiers.
 * Skips Shale's own folders (migrations, schema), build output, dependencies, VCS data, binary
 * and very large files, and the simple patterns of the directory's {@code .gitignore}.
 */
public final class SourceTree {
    private static final Set<String> SKIPPED_DIRS = Set.of("migrations", "schema", "target", "build",
            "node_modules", ".git", ".gradle", ".idea", "dist", "out", "backups", ".shale", "vendor", ".venv",
            "venv", "__pycache__", ".next", "coverage");
    /** Generated bundles and data dumps are not code people fix by hand. */
    private static final long MAX_BYTES = 2_000_000;
    private static final int SNIPPET = 160;

    private final Path root;
    private final List<SourceFile> files;

    private SourceTree(Path root, List<SourceFile> files) {
        this.root = root;
        this.files = files;
    }

    /** Reads the text files under {@code root}. */
    public static SourceTree read(Path root) {
        if (!Files.isDirectory(root)) {
            throw ShaleException.usage("no such source directory: " + root, "give the application's source folder "
                    + "with --src DIR");
        }
        List<PathMatcher> ignored = GitIgnore.patterns(root);
        List<SourceFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && (SKIPPED_DIRS.contains(dir.getFileName().toString())
                            || matches(ignored, root.relativize(dir)));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() <= MAX_BYTES && !matches(ignored, root.relativize(file))) {
                        text(file).ifPresent(lines -> files.add(new SourceFile(root.relativize(file), lines)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        return new SourceTree(root, files);
    }

    /** Every line that names {@code identifier} as a whole identifier, in file and line order. */
    public List<CodeReference> find(String identifier) {
        Pattern pattern = IdentifierPattern.of(identifier);
        List<CodeReference> found = new ArrayList<>();
        for (SourceFile file : files) {
            for (int i = 0; i < file.lines().size(); i++) {
                String line = file.lines().get(i);
                if (pattern.matcher(line).find()) {
                    found.add(new CodeReference(file.path(), i + 1, snippet(line)));
                }
            }
        }
        return found;
    }

    public Path root() {
        return root;
    }

    private static boolean matches(List<PathMatcher> patterns, Path relative) {
        return patterns.stream().anyMatch(p -> p.matches(relative) || p.matches(relative.getFileName()));
    }

    private static java.util.Optional<List<String>> text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.of(new String(bytes, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String snippet(String line) {
        String trimmed = line.strip();
        return trimmed.length() <= SNIPPET ? trimmed : trimmed.substring(0, SNIPPET) + "…";
    }

    private record SourceFile(Path path, List<String> lines) {
    }

    /** The plain patterns of a root {@code .gitignore} as glob matchers; negations and anchoring are not read. */
    private static final class GitIgnore {
        static List<PathMatcher> patterns(Path root) {
            Path file = root.resolve(".gitignore");
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            try {
                return Files.readAllLines(file).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                        .map(l -> l.replaceAll("^/+|/+$", ""))
                        .filter(l -> !l.isEmpty())
                        .map(l -> FileSystems.getDefault().getPathMatcher("glob:" + l)).toList();
            } catch (IOException | IllegalArgumentException e) {
                return List.of();
            }
        }
    }
}
