package dev.shale.migrate;

import dev.shale.config.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The migration commands on one environment; {@link dev.shale.Shale} exposes them. */
public final class Migrations {
    private final Environment environment;
    private final MigrationListener listener;

    public Migrations(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    public MigrationRun migrate(MigrateOptions options) {
        return new Migrator(environment, listener).migrate(options);
    }

    public List<MigrationStatus> status() {
        return new StatusReader(environment).status();
    }

    public MigrationRun rollback(RollbackOptions options) {
        return new Rollbacker(environment, listener).rollback(options);
    }

    public ValidationReport validate() {
        return new Validator(environment).validate();
    }

    public List<String> baseline(String version) {
        return new Baseliner(environment, listener).baseline(version);
    }

    public List<String> repair() {
        return new Repairer(environment, listener).repair();
    }

    public Path create(String name) {
        return new MigrationFiles(environment.migrationsDir(), Clock.systemUTC()).create(name);
    }

    /** Writes a migration file with the given content (as {@code generate} does) and updates shale.sum. */
    public Path create(String name, String content) {
        return new MigrationFiles(environment.migrationsDir(), Clock.systemUTC()).create(name, content);
    }

    public int hash() {
        return new MigrationFiles(environment.migrationsDir(), Clock.systemUTC()).hash();
    }
}
