package dev.shale.compare;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.config.Environment;
import dev.shale.devdb.DevDatabase;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.Migrations;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.model.DatabaseSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The schema an environment should have: exactly the migrations its history says were
 * applied, replayed with the real runner on a throw-away dev database, then inspected.
 * Pending migrations are left out, so work not deployed yet is not mistaken for drift.
 */
final class ExpectedSchema {
    private final Environment environment;
    private final MigrationListener listener;

    ExpectedSchema(Environment environment, MigrationListener listener) {
        this.environment = environment;
        this.listener = listener;
    }

    DatabaseSchema of(List<MigrationScript> applied) {
        Path dir = createTempDir();
        try (DevDatabase dev = DevDatabase.create(environment)) {
            // A directory of the applied files only: the runner then replays them, and nothing else, in order.
            for (MigrationScript script : applied) {
                Files.copy(script.file(), dir.resolve(script.script()));
            }
            Environment onDir = environment.withMigrationsDir(dir);
            new Migrations(onDir, MigrationListener.SILENT).hash();
            listener.progress("replaying " + applied.size() + " applied migrations of " + environment.name()
                    + " on a dev database");
            // The replay's own progress ("applied …") would read as if E itself were migrated.
            dev.replay(MigrationListener.SILENT, dir);
            return dev.inspect();
        } catch (IOException e) {
            throw new ShaleException(ExitCode.USAGE, "cannot copy the applied migrations for replay: "
                    + e.getMessage(), "check that the temporary directory (java.io.tmpdir) is writable", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("shale-drift-");
        } catch (IOException e) {
            throw new ShaleException(ExitCode.USAGE, "cannot create a temporary directory: " + e.getMessage(),
                    "check that the temporary directory (java.io.tmpdir) is writable", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary copy of migration files is harmless.
        }
    }
}
