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

    /** This environment with throw-away dev databases created on {@code server}. */
    public Environment withDevUrl(DatabaseUrl server) {
        return new Environment(name, url, production, schemaPaths, migrationsDir, Optional.of(server), lockTimeout,
                historyTable, historySchema, statementLockTimeout);
    }

    /**
     * This environment's settings on another database; the dev URL is kept only when it is
     * of the same dialect.
     */
    public Environment withUrl(DatabaseUrl other) {
        Optional<DatabaseUrl> sameDialectDev = devUrl.filter(d -> d.dialect().equals(other.dialect()));
        return new Environment(name, other, production, schemaPaths, migrationsDir, sameDialectDev, lockTimeout,
                historyTable, historySchema, statementLockTimeout);
    }

    /** This environment with another migrations directory. */
    public Environment withMigrationsDir(Path dir) {
        return new Environment(name, url, production, schemaPaths, dir, devUrl, lockTimeout,
                historyTable, historySchema, statementLockTimeout);
    }
}
