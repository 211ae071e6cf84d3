package dev.shale.desired;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.config.ShaleConfig;
import dev.shale.dialect.Dialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a command-line argument as a schema source: an environment name, a database URL,
 * a .sql file or a folder of them, or a migrations directory (one with shale.sum, or the
 * project's configured one).
 */
public final class SchemaSources {
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");

    private SchemaSources() {
    }

    public static SchemaSource resolve(String argument, ShaleConfig config, Path workingDir) {
        if (config.environments().containsKey(argument)) {
            Environment env = config.environment(Optional.of(argument), Optional.empty(), workingDir);
            return new SchemaSource.LiveDatabase(env.url(), argument);
        }
        Path path = workingDir.resolve(argument).normalize();
        if (Files.isDirectory(path)) {
            return isMigrationDirectory(path, config, workingDir) ? new SchemaSource.MigrationDirectory(path)
                    : new SchemaSource.SqlFiles(List.of(path));
        }
        if (Files.isRegularFile(path) && argument.endsWith(".sql")) {
            return new SchemaSource.SqlFiles(List.of(path));
        }
        if (URL.matcher(argument).matches() && !Files.exists(path)) {
            var url = Dialects.parseUrl(argument, workingDir);
            return new SchemaSource.LiveDatabase(url, url.display());
        }
        throw ShaleException.usage("'" + argument + "' is not an environment, a database URL, a .sql file or folder, "
                        + "or a migrations directory",
                "environments: " + String.join(", ", config.environments().keySet())
                        + "; URLs look like postgres://user@host/db or sqlite:app.db");
    }

    private static boolean isMigrationDirectory(Path dir, ShaleConfig config, Path workingDir) {
        if (Files.exists(dir.resolve("shale.sum"))) {
            return true;
        }
        Environment env = config.environment(Optional.empty(), Optional.empty(), workingDir);
        return dir.equals(env.migrationsDir().normalize());
    }
}
