package dev.shale.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources (and snippets that use them) with the JDK's own compiler. */
record JavaCompilation(boolean success, String messages) {

    /** Compiles every {@code .java} file under {@code sourceRoots}. */
    static JavaCompilation of(Path... sourceRoots) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = null;
        try {
            classes = Files.createTempDirectory("shale-codegen-classes-");
            List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8",
                    "-proc:none", "--release", "17"));
            for (Path root : sourceRoots) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> args.add(f.toString()));
                }
            }
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int code = compiler.run(null, messages, messages, args.toArray(String[]::new));
            return new JavaCompilation(code == 0, messages.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(classes);
        }
    }

    /** Only whether it compiles matters: the class files go. */
    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source root holding one class {@code app.Snippet} with {@code body} in a method. */
    static Path snippet(Path dir, String body) {
        try {
            Path file = dir.resolve("app/Snippet.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package app;\n\nimport gen.db.*;\n\nclass Snippet {\n    void use() {\n"
                    + body + "\n    }\n}\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
