package dev.shale.bench.peer;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Flyway driven through its Java API in a process of its own, so that the bench times it as it
 * times Shale's command line: {@code FlywayMain migrate|info JDBC_URL DIR}. The user and
 * password come from {@code BENCH_DB_USER} and {@code BENCH_DB_PASSWORD}.
 */
public final class FlywayMain {
    private FlywayMain() {
    }

    public static void main(String[] args) {
        Flyway flyway = Flyway.configure()
                .dataSource(args[1], System.getenv("BENCH_DB_USER"), System.getenv("BENCH_DB_PASSWORD"))
                .locations("filesystem:" + args[2])
                .load();
        switch (args[0]) {
            case "migrate" -> System.out.println("applied " + flyway.migrate().migrationsExecuted);
            case "info" -> {
                // What 'flyway info' shows: one line per migration with its state.
                for (MigrationInfo info : flyway.info().all()) {
                    System.out.println(info.getVersion() + " " + info.getDescription() + " " + info.getState()
                            + " " + info.getInstalledOn());
                }
            }
            default -> throw new IllegalArgumentException("usage: FlywayMain migrate|info JDBC_URL DIR");
        }
    }
}
