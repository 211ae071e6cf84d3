package dev.shale.devdb;

import dev.shale.ShaleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The .sql files of desired-state paths: files as given, a folder's .sql files in name order. */
public final class SchemaFilesList {
    private SchemaFilesList() {
    }

    public static List<Path> of(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw ShaleException.usage("cannot read " + path + ": " + e.getMessage(), "check its permissions");
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw ShaleException.usage("schema path " + path + " does not exist",
                        "create it, or set 'schema' in shale.toml to your schema files");
            }
        }
        return files;
    }
}
