package dev.shale.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run of the build's class data sharing archive ({@code shale-cli/pom.xml}). The JVM
 * writes down every class this run loads, and the build then archives that list. So it runs the
 * commands whose start-up matters (migrate, status, inspect) in one JVM, in a directory it fills
 * with a {@code shale.toml} and one migration: SQLite runs them through; the servers are asked on a
 * closed port. Most of a server driver's classes load only once a server answers, which the build
 * cannot count on, so the training also loads every class of the PostgreSQL and MariaDB drivers,
 * and of Shale itself, by name (without initialising them). Not a command of {@code shale}.
 */
public final class ClassDataSharingTraining {
    private static final String CONFIG = """
            [project]
            migrations = "migrations"
            default_env = "dev"

            [env.dev]
            url = "sqlite:training.db"

            [env.postgres]
            url = "postgres://shale@127.0.0.1:9/training"

            [env.mysql]
            url = "mysql://shale@127.0.0.1:9/training"
            """;
    private static final String MIGRATION = """
            -- shale:up
            CREATE TABLE training (id integer PRIMARY KEY);
            -- shale:down
            DROP TABLE training;
            """;
    private static final List<List<String>> COMMANDS = List.of(
            List.of("hash"),
            List.of("migrate"),
            List.of("migrate"),
            List.of("status"),
            List.of("inspect", "--format", "sql"),
            List.of("status", "--env", "postgres"),
            List.of("migrate", "--env", "postgres"),
            List.of("status", "--env", "mysql"));
    /**
     * Packages loaded whole: the server drivers (most of their classes load only once a server
     * answers) and Shale's own (the server dialects' readers, planners and renderers likewise).
     */
    private static final List<String> PRELOADED_PACKAGES = List.of("org/postgresql/", "org/mariadb/jdbc/", "dev/shale/");

    private ClassDataSharingTraining() {
    }

    /** Fills the directory {@code args[0]} and runs the training commands there; their failures are expected and ignored. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(directory.resolve("shale.toml"), CONFIG);
        Files.writeString(directory.resolve("migrations/0001_training.sql"), MIGRATION);
        Invocation invocation = new Invocation(Terminal.system(), directory, Map.of());
        // The launcher's main class, which this run does not go through.
        load(Main.class.getName(), ClassDataSharingTraining.class.getClassLoader());
        for (List<String> command : COMMANDS) {
            Cli.run(command.toArray(String[]::new), invocation);
        }
        loadPackages();
    }

    private static void loadPackages() {
        ClassLoader loader = ClassDataSharingTraining.class.getClassLoader();
        try (JarFile jar = new JarFile(ownJar().toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.endsWith("package-info.class")
                        && PRELOADED_PACKAGES.stream().anyMatch(name::startsWith)) {
                    load(name.substring(0, name.length() - ".class".length()).replace('/', '.'), loader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
        } catch (LinkageError | ClassNotFoundException optionalDependencyMissing) {
            // Classes for optional integrations (OSGi, Kerberos via JNA, ...) cannot load without them.
        }
    }

    private static Path ownJar() {
        try {
            return Path.of(ClassDataSharingTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
