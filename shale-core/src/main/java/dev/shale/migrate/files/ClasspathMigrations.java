package dev.shale.migrate.files;

import dev.shale.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations packaged on the classpath (a directory or a jar, e.g. {@code src/main/resources/db/migrations}),
 * copied into a private temporary directory that every command then reads like any migration
 * directory. The location's {@code shale.sum} is the index: it lists every migration file, so
 * no classpath scanning is needed and any class loader works (plain jars, directories, nested jars).
 * The copy is removed when the JVM exits.
 */
public final class ClasspathMigrations {
    private ClasspathMigrations() {
    }

    /**
     * Copies the migrations at {@code location} (e.g. {@code db/migrations}; a leading
     * {@code classpath:} or {@code /} is ignored) and returns the directory holding the copy.
     */
    public static Path extract(ClassLoader loader, String location) {
        String base = normalize(location);
        byte[] sum = read(loader, base + SumFile.NAME)
                .orElseThrow(() -> new ConfigurationException("no migrations on the classpath at '" + base
                        + "': it has no " + SumFile.NAME,
                        "package the migration directory with its " + SumFile.NAME + " (e.g. under "
                                + "src/main/resources/" + base + "), or check the location"));
        Path dir = createTempDirectory();
        write(dir.resolve(SumFile.NAME), sum);
        for (String name : fileNames(new String(sum, StandardCharsets.UTF_8))) {
            byte[] content = read(loader, base + name).orElseThrow(() -> new ConfigurationException(
                    SumFile.NAME + " at classpath '" + base + "' lists " + name + ", which is not on the classpath",
                    "rebuild the package so that it holds the whole migration directory"));
            write(dir.resolve(name), content);
        }
        return dir;
    }

    private static String normalize(String location) {
        String path = location.trim();
        if (path.startsWith("classpath:")) {
            path = path.substring("classpath:".length());
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.isEmpty() || path.endsWith("/") ? path : path + "/";
    }

    /** The file names shale.sum records: every line after the total, up to its hash. */
    static List<String> fileNames(String sum) {
        List<String> names = new ArrayList<>();
        sum.lines().skip(1).map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            int space = line.lastIndexOf(' ');
            String name = space < 0 ? line : line.substring(0, space).strip();
            if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new ConfigurationException(SumFile.NAME + " on the classpath names '" + name
                        + "', which is not a file of its directory", "regenerate it with 'shale hash'");
            }
            names.add(name);
        });
        return names;
    }

    private static java.util.Optional<byte[]> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }

    private static Path createTempDirectory() {
        try {
            Path dir = Files.createTempDirectory("shale-migrations-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
            // Registered after the directory, so deleted before it.
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
