package dev.shale.desired;

import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.dialect.SchemaPlanner;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.Migrations;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.Plan;
import dev.shale.plan.SafePlan;
import java.util.List;
import java.util.Optional;

/**
 * The schema-as-code commands: {@code generate} (desired schema files vs the migration
 * directory → a new migration), {@code diff} (any two sources → SQL) and {@code push}
 * (desired schema straight onto a development database).
 */
public final class SchemaAsCode {
    private final Environment environment;
    private final MigrationListener listener;

    public SchemaAsCode(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    private SchemaSource desired() {
        return new SchemaSource.SqlFiles(environment.schemaPaths());
    }

    /** The migration that takes the directory's schema to the schema files, in its safe form; written unless {@code dryRun}. */
    public GenerateResult generate(String name, List<String> renames, RenameResolver resolver, boolean dryRun) {
        return generate(name, renames, resolver, new GenerateOptions(dryRun, false, false));
    }

    /**
     * The migrations that take the directory's schema to the schema files: one in the plain form
     * ({@link GenerateOptions#unsafe()}), or the safe form's stages (see {@link MigrationText}).
     */
    public GenerateResult generate(String name, List<String> renames, RenameResolver resolver, GenerateOptions options) {
        SchemaSource from = new SchemaSource.MigrationDirectory(environment.migrationsDir());
        SchemaSource to = desired();
        SchemaChange change = new SchemaComparer(environment, MigrationListener.SILENT).compare(from, to, renames,
                resolver);
        if (change.isEmpty()) {
            return new GenerateResult(change, List.of(), List.of(), List.of(), List.of());
        }
        SchemaPlanner planner = SourceDialects.environmentFor(environment, from, to).url().dialect().planner();
        if (options.expandContract()) {
            List<ExpandContract> steps = ExpandContractText.plan(change, planner);
            return write(change, ExpandContractText.render(name, steps),
                    SafePlan.plain(new Plan(List.of(), ExpandContractText.notes(steps))), options);
        }
        SafePlan safe = options.unsafe() ? SafePlan.plain(change.up())
                : planner.safePlan(change.changes(), change.from(), change.to());
        List<GeneratedMigration> drafts = MigrationText.render(name, change, safe);
        return write(change, drafts, safe, options);
    }

    private GenerateResult write(SchemaChange change, List<GeneratedMigration> drafts, SafePlan safe,
                                 GenerateOptions options) {
        if (options.dryRun()) {
            return new GenerateResult(change, drafts, safe.safeguards(), safe.todos(), safe.up().notes());
        }
        Migrations migrations = new Migrations(environment, listener);
        List<GeneratedMigration> written = drafts.stream().map(d -> new GeneratedMigration(d.name(), d.content(),
                Optional.of(migrations.create(d.name(), d.content())))).toList();
        return new GenerateResult(change, written, safe.safeguards(), safe.todos(), safe.up().notes());
    }

    /** The change from one source to another; possible renames are kept as drop + add and reported. */
    public SchemaChange diff(SchemaSource from, SchemaSource to, List<String> renames) {
        return new SchemaComparer(environment, MigrationListener.SILENT).compare(from, to, renames,
                RenameResolver.KEEP_DROP_AND_ADD);
    }

    /**
     * The change that brings the environment's database to the schema files. Call
     * {@link #apply} with it after showing it (and asking, when it is destructive).
     */
    public SchemaChange planPush(List<String> renames, RenameResolver resolver) {
        if (environment.production()) {
            throw ShaleException.usage("push refuses to change '" + environment.name() + "', a production environment",
                    "generate a migration ('shale generate NAME'), review it, and 'shale migrate' it");
        }
        createIfMissing();
        return new SchemaComparer(environment, MigrationListener.SILENT).compare(
                new SchemaSource.LiveDatabase(environment.url(), environment.name()), desired(), renames, resolver);
    }

    /** A development database file (SQLite) may not exist yet: push creates it, as migrate does. */
    private void createIfMissing() {
        try (var connection = environment.url().connect()) {
            connection.getMetaData();
        } catch (java.sql.SQLException e) {
            throw environment.url().dialect().explainConnectFailure(e, environment.url());
        }
    }

    /** Runs a push plan on the environment's database. */
    public void apply(SchemaChange change) {
        PlanExecutor.execute(environment.url(), change.up());
    }
}
