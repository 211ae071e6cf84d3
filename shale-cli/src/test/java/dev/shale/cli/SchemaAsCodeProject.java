package dev.shale.cli;

import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project directory whose dev environment is a test database, for generate / diff / push tests. */
final class SchemaAsCodeProject {
    final Path dir;
    final TestDatabase db;

    SchemaAsCodeProject(Path dir, TestDatabase db, boolean production) throws IOException {
        this.dir = dir;
        this.db = db;
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"" + db.urlString() + "\"\n"
                + (production ? "production = true\n" : ""));
    }

    void schema(String sql) throws IOException {
        Files.writeString(dir.resolve("schema/schema.sql"), sql);
    }

    CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    CliRun runInteractive(String input, String... args) {
        return CliRun.run(dir, true, input, args);
    }

    String migration(String nameSuffix) throws IOException {
        try (var files = Files.list(dir.resolve("migrations"))) {
            Path file = files.filter(p -> p.getFileName().toString().endsWith("_" + nameSuffix + ".sql")).findFirst()
                    .orElseThrow(() -> new AssertionError("no migration *_" + nameSuffix + ".sql"));
            return Files.readString(file);
        }
    }

    long migrationCount() throws IOException {
        try (var files = Files.list(dir.resolve("migrations"))) {
            return files.filter(p -> p.toString().endsWith(".sql")).count();
        }
    }
}
