package dev.shale.desired;

import dev.shale.config.Environment;
import dev.shale.devdb.DevDatabase;
import dev.shale.inspect.Inspector;
import dev.shale.inspect.SchemaFilter;
import dev.shale.migrate.MigrationListener;
import dev.shale.model.DatabaseSchema;
import java.util.List;

/**
 * Turns a schema source into the model: live databases are inspected on a read-only
 * session; SQL files and migration directories are run on a throw-away dev database of the
 * environment's dialect, which is then inspected and dropped.
 */
public final class SchemaLoader {
    private final Environment environment;
    private final MigrationListener listener;

    public SchemaLoader(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    public DatabaseSchema load(SchemaSource source) {
        if (source instanceof SchemaSource.LiveDatabase live) {
            DatabaseSchema schema = Inspector.inspect(live.url(), List.of()).schema();
            return SchemaFilter.withoutHistory(schema, environment);
        }
        try (DevDatabase dev = DevDatabase.create(environment)) {
            if (source instanceof SchemaSource.SqlFiles files) {
                dev.load(files.paths());
            } else if (source instanceof SchemaSource.MigrationDirectory dir) {
                dev.replay(listener, dir.dir());
            }
            return dev.inspect();
        }
    }
}
