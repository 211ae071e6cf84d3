package dev.shale.codegen;

import dev.shale.ShaleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into a source root: a file whose content is unchanged is not
 * rewritten (its modification time stays, so builds stay incremental); a {@code .java} file of
 * the package directory that Shale generated before (it starts with {@link GeneratedFile#MARKER})
 * and that is no longer generated is removed — the table or enum it was for is gone. Files
 * without the marker are never overwritten nor removed.
 */
final class SourceDirectory {
    private final Path root;

    SourceDirectory(Path root) {
        this.root = root;
    }

    CodegenResult write(Path packageDir, List<GeneratedFile> files) {
        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        Set<Path> kept = new HashSet<>();
        try {
            Files.createDirectories(packageDir);
            for (GeneratedFile file : files) {
                Path path = root.resolve(file.relativePath());
                kept.add(path);
                if (Files.exists(path) && Files.readString(path, StandardCharsets.UTF_8).equals(file.content())) {
                    unchanged.add(path);
                    continue;
                }
                refuseHandWritten(path);
                Files.writeString(path, file.content(), StandardCharsets.UTF_8);
                written.add(path);
            }
            return new CodegenResult(written, unchanged, removeStale(packageDir, kept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseHandWritten(Path path) throws IOException {
        if (Files.exists(path) && !isGenerated(path)) {
            throw ShaleException.usage("codegen would overwrite " + path + ", which Shale did not generate",
                    "rename or move that file, or choose another --package or --out");
        }
    }

    private static List<Path> removeStale(Path packageDir, Set<Path> kept) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> entries = Files.list(packageDir)) {
            for (Path path : entries.sorted().toList()) {
                if (path.toString().endsWith(".java") && !kept.contains(path) && Files.isRegularFile(path)
                        && isGenerated(path)) {
                    Files.delete(path);
                    removed.add(path);
                }
            }
        }
        return removed;
    }

    private static boolean isGenerated(Path path) throws IOException {
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return GeneratedFile.MARKER.equals(reader.readLine());
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
