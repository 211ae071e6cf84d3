package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.compare.ComparisonReport;
import dev.shale.config.Environment;
import dev.shale.desired.SchemaSource;
import dev.shale.desired.SchemaLoader;
import dev.shale.desired.SchemaSources;
import dev.shale.desired.SourceDialects;
import dev.shale.migrate.MigrationListener;
import dev.shale.model.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the compare page may compare: the project's environments, its schema files and its migration
 * directory, by key. The page offers only these (never a URL or path typed in the browser), and runs
 * {@link Shale#compare} on them.
 */
final class CompareChoice {
    static final String SCHEMA_FILES = "@schema";
    static final String MIGRATIONS = "@migrations";

    private final StudioProject project;

    CompareChoice(StudioProject project) {
        this.project = project;
    }

    /** Value/label pairs for a {@code <select>}. */
    List<String[]> options() {
        List<String[]> options = new ArrayList<>();
        List<String> production = project.productionEnvironments();
        for (String name : project.environments()) {
            options.add(new String[] {name, "environment " + name + (production.contains(name) ? " (production)" : "")});
        }
        options.add(new String[] {SCHEMA_FILES, "schema files"});
        options.add(new String[] {MIGRATIONS, "migration directory (replayed)"});
        return options;
    }

    /** Both schemas as they are, for showing what is the same beside what differs. */
    record Sides(DatabaseSchema target, DatabaseSchema source) {
    }

    /** SOURCE promoted to TARGET; each key one of {@link #options()}. */
    ComparisonReport compare(String source, String target) {
        Shale shale = shale(source, target);
        return shale.compare(resolve(source, shale), resolve(target, shale), List.of(), project.workingDir());
    }

    /** Both schemas, loaded as compare loads them (live ones read-only, the others on a dev database). */
    Sides sides(String source, String target) {
        Shale shale = shale(source, target);
        SchemaSource sourceSide = resolve(source, shale);
        SchemaSource targetSide = resolve(target, shale);
        SchemaLoader loader = new SchemaLoader(SourceDialects.environmentFor(shale.environment(), targetSide,
                sourceSide), MigrationListener.SILENT);
        return new Sides(loader.load(targetSide), loader.load(sourceSide));
    }

    /** The facade on the first side that is an environment (its server hosts dev databases), else the default. */
    private Shale shale(String source, String target) {
        return project.shale(Optional.ofNullable(isEnvironment(source) ? source
                : isEnvironment(target) ? target : null));
    }

    private boolean isEnvironment(String key) {
        return project.environments().contains(key);
    }

    private SchemaSource resolve(String key, Shale shale) {
        Environment environment = shale.environment();
        if (key.equals(SCHEMA_FILES)) {
            if (environment.schemaPaths().isEmpty()) {
                throw ShaleException.usage("the project has no schema files", "set project.schema in shale.toml");
            }
            return new SchemaSource.SqlFiles(environment.schemaPaths());
        }
        if (key.equals(MIGRATIONS)) {
            return new SchemaSource.MigrationDirectory(environment.migrationsDir());
        }
        if (isEnvironment(key)) {
            return SchemaSources.resolve(key, shale.config(), project.workingDir());
        }
        throw ShaleException.usage("'" + key + "' is not an environment of the project",
                "choose one of the list");
    }
}
