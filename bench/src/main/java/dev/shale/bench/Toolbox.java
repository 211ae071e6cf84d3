package dev.shale.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The migration tools of S1 and S3 as processes on one workload: {@code shale} (the packaged
 * jar), Flyway and Liquibase (small main classes of the bench, through their Java APIs) and the
 * target's floor ({@code psql -f}, {@code mariadb < file}, {@code sqlite3 < file}), each pointed
 * at a database of its own.
 */
final class Toolbox implements AutoCloseable {
    static final String SHALE = "shale";
    static final String FLYWAY = "flyway";
    static final String LIQUIBASE = "liquibase";
    static final String FLOOR = "floor";

    private final BenchTarget target;
    private final BenchOptions options;
    private final Path shaleProject;
    private final Path flywayDir;
    private final Path liquibaseDir;
    private final Path script;
    private final Path work;

    private Toolbox(BenchTarget target, BenchOptions options, Path work, MigrationWorkload workload) throws IOException {
        this.target = target;
        this.options = options;
        this.work = work;
        this.shaleProject = workload.writeShale(work.resolve("shale"));
        this.flywayDir = workload.writeFlyway(work.resolve("flyway"));
        this.liquibaseDir = workload.writeLiquibase(work.resolve("liquibase")).getParent();
        this.script = workload.writeScript(work.resolve("floor").resolve("all.sql"));
    }

    static Toolbox write(BenchTarget target, BenchOptions options, MigrationWorkload workload) throws IOException {
        return new Toolbox(target, options, Files.createTempDirectory("shale-bench-migrations"), workload);
    }

    /** Deletes the written migrations. */
    @Override
    public void close() throws IOException {
        try (var paths = Files.walk(work)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Applies every migration to {@code database} with {@code tool}: the contender of S1 apply. */
    ProcessContender migrate(String tool, String database) {
        return switch (tool) {
            case SHALE -> shale("shale migrate", "migrate", database);
            case FLYWAY -> peer("flyway migrate", "dev.shale.bench.peer.FlywayMain", "migrate", database, flywayDir);
            case LIQUIBASE -> peer("liquibase update", "dev.shale.bench.peer.LiquibaseMain", "update", database, liquibaseDir);
            case FLOOR -> target.floor(database, script);
            default -> throw new IllegalArgumentException(tool);
        };
    }

    /** Lists the migrations and their state: the contender of S3. */
    ProcessContender status(String tool, String database) {
        return switch (tool) {
            case SHALE -> shale("shale status", "status", database);
            case FLYWAY -> peer("flyway info", "dev.shale.bench.peer.FlywayMain", "info", database, flywayDir);
            case LIQUIBASE -> peer("liquibase status", "dev.shale.bench.peer.LiquibaseMain", "status", database, liquibaseDir);
            default -> throw new IllegalArgumentException(tool);
        };
    }

    private ProcessContender shale(String name, String command, String database) {
        return new ProcessContender(name, ProcessContender.shale(options.shaleJar(), command, "--url",
                target.shaleUrl(database))).in(shaleProject);
    }

    private ProcessContender peer(String name, String mainClass, String command, String database, Path dir) {
        return new ProcessContender(name, ProcessContender.peer(mainClass, command, target.jdbcUrl(database),
                dir.toString())).env(target.peerEnvironment());
    }
}
