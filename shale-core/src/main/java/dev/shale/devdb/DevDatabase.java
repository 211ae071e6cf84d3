package dev.shale.devdb;

import dev.shale.ConfigurationException;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.db.DatabaseUrl;
import dev.shale.inspect.Inspector;
import dev.shale.inspect.SchemaFilter;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.Migrations;
import dev.shale.model.DatabaseSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away database where Shale lets the database itself read SQL: the desired-state
 * schema files, or a replay of the migration directory. Created on the environment's dev URL
 * (or its own server) as {@code shale_dev_<random>}; for SQLite a temporary file, so that
 * every Shale path that opens connections by URL works on it. Dropped on {@link #close()},
 * and by a shutdown hook if the process is interrupted first.
 */
public final class DevDatabase implements AutoCloseable {
    private final Environment environment;
    private final DatabaseUrl server;
    private final String name;
    private final DatabaseUrl url;
    private final Path scratchDir;
    private final Thread dropOnExit;
    private boolean closed;

    private DevDatabase(Environment environment, DatabaseUrl server, String name, DatabaseUrl url, Path scratchDir) {
        this.environment = environment;
        this.server = server;
        this.name = name;
        this.url = url;
        this.scratchDir = scratchDir;
        this.dropOnExit = new Thread(this::drop, "shale-dev-database-drop");
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    /** Creates an empty dev database for {@code environment}'s dialect. */
    public static DevDatabase create(Environment environment) {
        String name = "shale_dev_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)
                .toLowerCase(Locale.ROOT);
        DatabaseUrl target = environment.url();
        Path scratch = null;
        DatabaseUrl server = environment.devUrl().orElse(target);
        if (server.borrowed() && server.isServer()) {
            throw new ConfigurationException("this command needs a throw-away dev database, which Shale cannot "
                    + "create through a DataSource (it knows no credentials for " + server.display() + ")",
                    "set dev_url in shale.toml, or devUrl(...) on Shale.configure(), to a server where a user "
                            + "may CREATE DATABASE");
        }
        if (!server.isServer()) {
            scratch = createTempDir();
            server = target.dialect().parseUrl("sqlite:" + scratch.resolve("server.db"), scratch).orElseThrow();
        }
        try {
            DatabaseUrl url = server.dialect().createDatabase(server, name);
            return new DevDatabase(environment, server, name, url, scratch);
        } catch (ShaleException e) {
            throw new ShaleException(e.exitCode(), "cannot create a throw-away dev database on "
                    + server.display() + ": " + e.getMessage(),
                    "Shale reads schema files and replays migrations on a scratch database; set dev_url in "
                            + "shale.toml to a server where this user may CREATE DATABASE", e);
        }
    }

    public DatabaseUrl url() {
        return url;
    }

    /** Runs the SQL files (or every .sql file of the folders, in name order) on this database. */
    public void load(List<Path> sqlPaths) {
        new SchemaFiles(url).load(sqlPaths);
    }

    /** Applies every migration of {@code migrationsDir} to this database. */
    public void replay(MigrationListener listener, Path migrationsDir) {
        Environment onDev = environment.withUrl(url).withMigrationsDir(migrationsDir);
        new Migrations(onDev, listener).migrate(MigrateOptions.defaults());
    }

    /** The schema this database now holds, without the history table. */
    public DatabaseSchema inspect() {
        DatabaseSchema schema = Inspector.inspect(url, List.of()).schema();
        return SchemaFilter.withoutHistory(schema, environment);
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Already running the hooks: the hook drops the database itself.
        }
    }

    private synchronized void drop() {
        if (closed) {
            return;
        }
        closed = true;
        server.dialect().dropDatabase(server, name);
        if (scratchDir != null) {
            deleteQuietly(scratchDir);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("shale-dev-");
        } catch (IOException e) {
            throw new ShaleException(dev.shale.ExitCode.USAGE, "cannot create a temporary directory: " + e.getMessage(),
                    "check that the temporary directory (java.io.tmpdir) is writable", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover empty temporary directory is harmless.
        }
    }
}
