package dev.shale.migrate;

import dev.shale.Shale;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A project directory with migrations for one test database, and the Shale API on it. */
public final class MigrationProject {
    private final TestDatabase db;
    private final Path dir;
    private final List<String> progress = new ArrayList<>();

    public MigrationProject(TestDatabase db) {
        this.db = db;
        this.dir = db.scratchDir().resolve("project");
        try {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("shale.toml"), "[project]\nlock_timeout = \"30s\"\n"
                    + "statement_lock_timeout = \"2s\"\n\n[env.test]\nurl = \"" + db.urlString() + "\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path migrations() {
        return dir.resolve("migrations");
    }

    /** Writes a migration file and records it in shale.sum, as 'shale hash' does. */
    public MigrationProject file(String name, String content) {
        write(name, content);
        SumFile.write(migrations(), MigrationDirectory.readSqlFiles(migrations()));
        return this;
    }

    /** Writes a file without updating shale.sum (an edit behind Shale's back). */
    public MigrationProject write(String name, String content) {
        try {
            Files.writeString(migrations().resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Shale shale() {
        return Shale.configure().projectDir(dir).variables(Map.of()).listener(progress::add).load();
    }

    public List<String> progress() {
        return progress;
    }

    public static String migration(String up, String down) {
        return "-- shale:up\n" + up + "\n-- shale:down\n" + down + "\n";
    }
}
