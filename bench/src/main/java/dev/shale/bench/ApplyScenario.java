package dev.shale.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S1 apply: N generated migrations on an empty PostgreSQL database by Shale, Flyway, Liquibase
 * and {@code psql -f} (the floor), each on a fresh database per round; every result schema is
 * fingerprinted and required equal.
 */
final class ApplyScenario {
    private static final List<String> TOOLS = List.of(Toolbox.SHALE, Toolbox.FLYWAY, Toolbox.LIQUIBASE, Toolbox.PSQL);

    private final BenchOptions options;

    ApplyScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(String serverUrl) throws Exception {
        BenchServer server = new BenchServer(serverUrl);
        MigrationWorkload workload = MigrationWorkload.of(options.migrations());
        Fingerprints fingerprints = new Fingerprints(workload.tables());
        List<ProcessContender> contenders = new ArrayList<>();
        try (Toolbox tools = Toolbox.write(server, options, workload)) {
            for (String tool : TOOLS) {
                String database = "shale_bench_s1_" + tool;
                ProcessContender contender = tools.migrate(tool, database);
                contenders.add(contender.beforeEach(() -> server.fresh(database)).afterEach(() ->
                        fingerprints.record(contender.name(), SchemaFingerprint.of(server.database(database)))));
            }
            Map<String, List<Measurement>> runs = Rounds.run(contenders, options.warmup(), options.rounds());
            return ScenarioResult.of("S1 apply PostgreSQL " + options.migrations() + " migrations", runs,
                    Map.of("result schema", fingerprints.describe()));
        } finally {
            TOOLS.forEach(tool -> server.drop("shale_bench_s1_" + tool));
        }
    }
}
