package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Migrations packaged with an application: in a jar and in a class directory, read through a class loader. */
class ClasspathMigrationsTest {

    /** Writes two migrations and their shale.sum under {@code classes/db/migrations}; returns {@code classes}. */
    private static Path classesDir(TestDatabase db) throws IOException {
        Path classes = db.scratchDir().resolve("classes");
        Path migrations = Files.createDirectories(classes.resolve("db/migrations"));
        Files.writeString(migrations.resolve("0001_create_t.sql"),
                MigrationProject.migration("CREATE TABLE t (id INTEGER PRIMARY KEY);", "DROP TABLE t;"));
        Files.writeString(migrations.resolve("0002_add_n.sql"),
                MigrationProject.migration("ALTER TABLE t ADD COLUMN n INTEGER;", "ALTER TABLE t DROP COLUMN n;"));
        SumFile.write(migrations, MigrationDirectory.readSqlFiles(migrations));
        return classes;
    }

    private static Path jar(Path classes, Path jarFile) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(jarFile));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return jarFile;
    }

    private static Shale shale(TestDatabase db, String location, ClassLoader loader) {
        return Shale.configure().projectDir(db.scratchDir()).url(db.urlString()).variables(Map.of())
                .migrationsFromClasspath(location, loader).load();
    }

    @OnEachDatabase
    void migrationsInsideAJarAreAppliedFromTheClassLoader(TestDatabase db) throws IOException {
        Path jar = jar(classesDir(db), db.scratchDir().resolve("app.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationRun run = shale(db, "db/migrations", loader).migrate();

            assertThat(run.migrations()).extracting(AppliedMigration::version).containsExactly("0001", "0002");
            assertThat(shale(db, "classpath:/db/migrations/", loader).status())
                    .extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        }
        db.execute("INSERT INTO t (id, n) VALUES (1, 2)");
        assertThat(db.queryValue("SELECT n FROM t")).isEqualTo("2");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void migrationsInAClassDirectoryAreAppliedAndValidated(TestDatabase db) throws IOException {
        Path classes = classesDir(db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Shale shale = shale(db, "db/migrations", loader);

            assertThat(shale.validate().valid()).isTrue();
            assertThat(shale.migrate().migrations()).hasSize(2);
            assertThat(shale.environment().migrationsDir()).as("a private copy, not the class directory")
                    .isNotEqualTo(classes.resolve("db/migrations"));
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aLocationWithoutShaleSumIsAConfigurationError(TestDatabase db) throws IOException {
        Path classes = classesDir(db);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> shale(db, "db/nothing-here", loader))
                    .isInstanceOfSatisfying(ShaleException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                        assertThat(e.getMessage()).isEqualTo(
                                "no migrations on the classpath at 'db/nothing-here/': it has no shale.sum");
                    });
        }
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aFileListedInShaleSumButMissingFromThePackageIsNamed(TestDatabase db) throws IOException {
        Path classes = classesDir(db);
        Files.delete(classes.resolve("db/migrations/0002_add_n.sql"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> shale(db, "db/migrations", loader))
                    .isInstanceOf(ShaleException.class)
                    .hasMessageContaining("lists 0002_add_n.sql, which is not on the classpath");
        }
    }
}
