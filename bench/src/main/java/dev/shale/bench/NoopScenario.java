package dev.shale.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S1 no-op: {@code migrate} again on a database where all N migrations are applied, as every
 * application start pays it. Each tool applies the workload once to its own database first
 * (untimed, fingerprints required equal); then the no-op runs are timed.
 */
final class NoopScenario {
    private static final List<String> TOOLS = List.of(Toolbox.SHALE, Toolbox.FLYWAY, Toolbox.LIQUIBASE);

    private final BenchOptions options;

    NoopScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(BenchTarget target) throws Exception {
        MigrationWorkload workload = MigrationWorkload.of(options.migrations());
        Fingerprints fingerprints = new Fingerprints(workload.tables());
        List<ProcessContender> contenders = new ArrayList<>();
        try (Toolbox tools = Toolbox.write(target, options, workload)) {
            for (String tool : TOOLS) {
                String database = target.databaseName("noop", tool);
                ProcessContender contender = tools.migrate(tool, database);
                target.fresh(database);
                contender.run();
                fingerprints.record(contender.name(), target.fingerprint(database));
                contenders.add(contender);
            }
            String title = "S1 no-op " + target.displayName() + " " + options.migrations() + " migrations applied";
            Map<String, List<Measurement>> runs = Rounds.run(contenders, options.warmup(), options.rounds());
            JfrProfile profile = Rounds.profileIfAsked(contenders, options, title);
            return ScenarioResult.of(title, runs, Map.of("schema before", fingerprints.describe())).withProfile(profile);
        } finally {
            TOOLS.forEach(tool -> target.drop(target.databaseName("noop", tool)));
        }
    }
}
