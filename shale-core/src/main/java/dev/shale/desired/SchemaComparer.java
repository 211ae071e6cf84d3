package dev.shale.desired;

import dev.shale.config.Environment;
import dev.shale.devdb.SchemaFilesList;
import dev.shale.diff.ChangeSet;
import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.dialect.SchemaPlanner;
import dev.shale.migrate.MigrationListener;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads two schema sources and works out the change between them, with the renames the user
 * confirmed (flags, schema-file directives, or the resolver's answers) and both plans.
 */
public final class SchemaComparer {
    private final Environment environment;
    private final MigrationListener listener;

    public SchemaComparer(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    public SchemaChange compare(SchemaSource fromSource, SchemaSource toSource, List<String> renameFlags,
                                RenameResolver resolver) {
        Environment dialectEnvironment = SourceDialects.environmentFor(environment, fromSource, toSource);
        SchemaLoader loader = new SchemaLoader(dialectEnvironment, listener);
        DatabaseSchema from = loader.load(fromSource);
        DatabaseSchema to = loader.load(toSource);
        List<String> flags = new ArrayList<>(renameFlags);
        if (toSource instanceof SchemaSource.SqlFiles files) {
            flags.addAll(RenameDirectives.read(SchemaFilesList.of(files.paths())));
        }
        RenameHints hints = RenameFlags.parse(flags, from, to);
        ChangeSet changes = SchemaDiffer.diff(from, to, hints);
        List<RenameCandidate> candidates = RenameCandidates.find(changes);
        if (!candidates.isEmpty()) {
            RenameHints answered = resolver.resolve(candidates);
            if (!answered.tables().isEmpty() || !answered.columns().isEmpty()) {
                hints = RenameFlags.merge(hints, answered);
                changes = SchemaDiffer.diff(from, to, hints);
                candidates = RenameCandidates.find(changes);
            }
        }
        SchemaPlanner planner = dialectEnvironment.url().dialect().planner();
        Plan up = planner.plan(changes, from, to);
        Plan down = planner.plan(SchemaDiffer.diff(to, from, hints.inverse()), to, from);
        return new SchemaChange(fromSource.label(), toSource.label(), from, to, hints, changes, up, down, candidates);
    }
}
