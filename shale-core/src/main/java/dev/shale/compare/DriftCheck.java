package dev.shale.compare;

import dev.shale.config.Environment;
import dev.shale.diff.SchemaDiffer;
import dev.shale.inspect.Inspector;
import dev.shale.inspect.SchemaFilter;
import dev.shale.migrate.MigrationListener;
import dev.shale.model.DatabaseSchema;
import java.util.List;

/**
 * {@code drift}: an environment's live schema, read on a read-only session, against the schema
 * its applied migrations produce on a dev database. Never writes to the environment.
 */
public final class DriftCheck {
    private final Environment environment;
    private final MigrationListener listener;

    public DriftCheck(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    public DriftReport run() {
        AppliedMigrations applied = AppliedMigrations.read(environment);
        DatabaseSchema live = live();
        DatabaseSchema expected = new ExpectedSchema(environment, listener).of(applied.replay());
        List<DriftDifference> differences = SchemaDiffer.diff(expected, live).changes().stream()
                .map(DriftDescriber::describe).toList();
        return new DriftReport(environment.name(), environment.url().display(), applied.appliedVersion(),
                differences, applied.findings());
    }

    private DatabaseSchema live() {
        DatabaseSchema schema = Inspector.inspect(environment.url(), List.of()).schema();
        return SchemaFilter.withoutHistory(schema, environment);
    }
}
