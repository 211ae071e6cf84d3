package dev.shale.project;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a new project. Idempotent: what exists is kept byte for byte, what is missing is
 * created, so running it twice, or in a half-made project, is safe.
 */
public final class ProjectInitializer {
    private static final String TEMPLATES = "/dev/shale/project/";

    public InitResult init(Path dir) {
        List<Path> created = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            writeIfAbsent(dir.resolve("shale.toml"), template("shale.toml"), created, kept);
            createDirectoryIfAbsent(dir.resolve("schema"), created, kept);
            writeIfAbsent(dir.resolve("schema/schema.sql"), template("schema.sql"), created, kept);
            createDirectoryIfAbsent(dir.resolve("migrations"), created, kept);
            writeIfAbsent(dir.resolve(".gitignore"), template("gitignore"), created, kept);
        } catch (IOException e) {
            throw new ShaleException(ExitCode.USAGE, "cannot create the project in " + dir + ": " + e.getMessage(),
                    "check that the directory is writable", e);
        }
        return new InitResult(List.copyOf(created), List.copyOf(kept));
    }

    private static void createDirectoryIfAbsent(Path dir, List<Path> created, List<Path> kept) throws IOException {
        if (Files.isDirectory(dir)) {
            kept.add(dir);
        } else {
            Files.createDirectory(dir);
            created.add(dir);
        }
    }

    private static void writeIfAbsent(Path file, String content, List<Path> created, List<Path> kept)
            throws IOException {
        try {
            // CREATE_NEW: never overwrite, even if the file appears between a check and the write.
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            created.add(file);
        } catch (FileAlreadyExistsException e) {
            kept.add(file);
        }
    }

    private static String template(String name) throws IOException {
        try (InputStream in = ProjectInitializer.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IOException("template " + name + " missing from the Shale jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
