package dev.shale.compare;

import dev.shale.Shale;
import dev.shale.desired.SchemaSources;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project whose environments "dev" and "prod" are two test databases, for compare tests. */
final class CompareProject {
    private final Path dir;
    private final Shale shale;

    CompareProject(Path dir, TestDatabase dev, TestDatabase prod) {
        this.dir = dir;
        try {
            Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"" + dev.urlString() + "\"\n\n"
                    + "[env.prod]\nurl = \"" + prod.urlString() + "\"\nproduction = true\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shale = Shale.configure().projectDir(dir).environment("dev").variables(java.util.Map.of()).load();
    }

    /** What promoting {@code source} to {@code target} would change. */
    ComparisonReport compare(String source, String target) {
        return shale.compare(SchemaSources.resolve(source, shale.config(), dir),
                SchemaSources.resolve(target, shale.config(), dir), List.of(), dir);
    }
}
