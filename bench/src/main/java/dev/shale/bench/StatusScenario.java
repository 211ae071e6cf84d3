package dev.shale.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3 status: a fresh process listing the migrations of a small migrated database (JVM start
 * included) — {@code shale status}, Flyway's info and Liquibase's status, each on the database
 * it migrated itself (untimed) beforehand.
 */
final class StatusScenario {
    private static final List<String> TOOLS = List.of(Toolbox.SHALE, Toolbox.FLYWAY, Toolbox.LIQUIBASE);

    private final BenchOptions options;

    StatusScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(BenchTarget target) throws Exception {
        MigrationWorkload workload = MigrationWorkload.of(options.statusMigrations());
        List<ProcessContender> contenders = new ArrayList<>();
        try (Toolbox tools = Toolbox.write(target, options, workload)) {
            for (String tool : TOOLS) {
                String database = target.databaseName("s3", tool);
                target.fresh(database);
                tools.migrate(tool, database).run();
                contenders.add(tools.status(tool, database));
            }
            String title = "S3 status " + target.displayName() + " " + options.statusMigrations() + " migrations";
            Map<String, List<Measurement>> runs = Rounds.run(contenders, options.warmup(), options.rounds());
            String shaleSays = contenders.get(0).lastOutput();
            if (!shaleSays.contains(String.format("%04d", options.statusMigrations()))) {
                throw new IllegalStateException("shale status did not list the last migration:\n" + shaleSays);
            }
            JfrProfile profile = Rounds.profileIfAsked(contenders, options, title);
            return ScenarioResult.of(title, runs, Map.of()).withProfile(profile);
        } finally {
            TOOLS.forEach(tool -> target.drop(target.databaseName("s3", tool)));
        }
    }
}
