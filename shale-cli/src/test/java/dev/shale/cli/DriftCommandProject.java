package dev.shale.cli;

import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A project with users and orders migrations and any number of environments, for drift tests. */
final class DriftCommandProject {
    private final Path dir;
    private final Map<String, String> environments = new LinkedHashMap<>();
    private final StringBuilder extra = new StringBuilder();

    DriftCommandProject(Path dir) throws IOException {
        this.dir = dir;
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("0001_create_users.sql"), "-- shale:up\nCREATE TABLE users (id INTEGER "
                + "PRIMARY KEY, name VARCHAR(100) NOT NULL, role VARCHAR(20) DEFAULT 'user');\n-- shale:down\n"
                + "DROP TABLE users;\n");
        Files.writeString(migrations.resolve("0002_create_orders.sql"), "-- shale:up\nCREATE TABLE orders (id INTEGER "
                + "PRIMARY KEY, total INTEGER);\nCREATE INDEX orders_total_idx ON orders (total);\n-- shale:down\n"
                + "DROP TABLE orders;\n");
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
    }

    /** Adds an environment; {@code settings} are extra lines of its table, such as notify_url. */
    DriftCommandProject env(String name, String url, String... settings) throws IOException {
        environments.put(name, "url = \"" + url + "\"\n" + String.join("\n", settings) + "\n");
        write();
        return this;
    }

    /** Adds a line to the [project] table. */
    DriftCommandProject project(String line) throws IOException {
        extra.append(line).append('\n');
        write();
        return this;
    }

    private void write() throws IOException {
        StringBuilder toml = new StringBuilder("[project]\n").append(extra).append('\n');
        environments.forEach((name, body) -> toml.append("[env.").append(name).append("]\n").append(body).append('\n'));
        Files.writeString(dir.resolve("shale.toml"), toml.toString());
    }

    CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    /** Migrates an environment through the command line, failing the test if it does not work. */
    DriftCommandProject migrate(String env) {
        CliRun run = run("migrate", "--env", env);
        if (run.exitCode() != 0) {
            throw new AssertionError("migrate --env " + env + " failed: " + run.err());
        }
        return this;
    }
}
