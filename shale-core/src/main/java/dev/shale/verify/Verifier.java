package dev.shale.verify;

import dev.shale.config.Environment;
import dev.shale.desired.SchemaLoader;
import dev.shale.desired.SchemaSource;
import dev.shale.devdb.DevDatabase;
import dev.shale.devdb.SchemaFilesList;
import dev.shale.migrate.MigrateOptions;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.MigrationState;
import dev.shale.migrate.MigrationStatus;
import dev.shale.migrate.Migrations;
import dev.shale.migrate.files.AddedSince;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.model.DatabaseSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code shale verify}: rehearses the environment's pending migrations (or all of them) on a
 * throw-away dev database (with {@code --from-env}, one that holds a copy of the environment's
 * schema, history and optionally sampled rows), then compares the schema they end at with the project's schema
 * files, when it has any. Never changes the environment itself.
 */
public final class Verifier {
    private final Environment environment;
    private final MigrationListener listener;

    public Verifier(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    /** {@code status} is read only without {@code all} and {@code since}: it is what makes a migration pending. */
    public VerifyReport verify(VerifyOptions options, Supplier<List<MigrationStatus>> status) {
        options.check();
        MigrationSet set = new MigrationDirectory().load(environment.migrationsDir());
        List<MigrationScript> targets = targets(options, set, status);
        try (DevDatabase dev = DevDatabase.create(environment)) {
            if (options.fromEnvironment()) {
                new EnvironmentCopy(environment, listener).into(dev, options.sampleRows());
            }
            Migrations runner = new Migrations(environment.withUrl(dev.url()), MigrationListener.SILENT);
            Rehearsal rehearsal = new Rehearsal(dev, runner, set, listener, options.sampleRows().isPresent());
            List<MigrationVerdict> verdicts = rehearsal.run(targets);
            // On a copy of an environment the end schema holds its hand changes too: not the migrations' alone.
            Optional<SchemaFilesCheck> schemaFiles = options.fromEnvironment() ? Optional.empty()
                    : schemaFiles().map(files -> rehearsal.intact()
                    ? compare(dev, runner, files) : new SchemaFilesCheck(false, List.of()));
            return new VerifyReport(environment.url().dialect().id(), verdicts, schemaFiles,
                    options.fromEnvironment() ? Optional.of(environment.name()) : Optional.empty(), options.sampleRows());
        }
    }

    private SchemaFilesCheck compare(DevDatabase dev, Migrations runner, List<Path> files) {
        runner.migrate(MigrateOptions.defaults());
        DatabaseSchema migrated = dev.inspect();
        listener.progress("comparing with the schema files");
        DatabaseSchema desired = new SchemaLoader(environment, MigrationListener.SILENT)
                .load(new SchemaSource.SqlFiles(files));
        return new SchemaFilesCheck(true, Differences.fromSchemaFiles(migrated, desired));
    }

    /** The project's schema files; none when its schema paths do not exist or hold no .sql file. */
    private Optional<List<Path>> schemaFiles() {
        List<Path> existing = environment.schemaPaths().stream().filter(Files::exists).toList();
        List<Path> files = SchemaFilesList.of(existing);
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    private static List<MigrationScript> targets(VerifyOptions options, MigrationSet set,
                                                 Supplier<List<MigrationStatus>> status) {
        if (options.since().isPresent()) {
            Set<String> added = AddedSince.fileNames(set.dir(), options.since().get());
            return set.versioned().stream().filter(s -> added.contains(s.script())).toList();
        }
        return options.all() ? set.versioned() : pending(set, status.get());
    }

    private static List<MigrationScript> pending(MigrationSet set, List<MigrationStatus> status) {
        Set<String> names = status.stream().filter(s -> s.state() == MigrationState.PENDING)
                .map(MigrationStatus::script).collect(Collectors.toSet());
        return set.versioned().stream().filter(s -> names.contains(s.script())).toList();
    }
}
