package dev.shale.config;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A resolved environment: the database to work on and every setting that applies to it,
 * with paths made absolute and variables interpolated. Safe to print: {@link DatabaseUrl}
 * never shows the password.
 *
 * @param lockTimeout          how long {@code migrate} waits for another deployer's migration lock
 * @param statementLockTimeout how long one migration statement may wait for a table lock
 */
public record Environment(String name, DatabaseUrl url, boolean production, List<Path> schemaPaths,
                          Path migrationsDir, Optional<DatabaseUrl> devUrl, Duration lockTimeout,
                          String historyTable, Optional<String> historySchema,
                          Duration statementLockTimeout) {
}
