package dev.shale.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S1 apply: N generated migrations on an empty database by Shale, Flyway, Liquibase and the
 * target's floor ({@code psql -f}, {@code mariadb < file}, {@code sqlite3 < file}), each on a fresh
 * database per round; every result schema is fingerprinted and required equal.
 */
final class ApplyScenario {
    private final BenchOptions options;

    ApplyScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(BenchTarget target) throws Exception {
        MigrationWorkload workload = MigrationWorkload.of(options.migrations());
        Fingerprints fingerprints = new Fingerprints(workload.tables());
        List<ProcessContender> contenders = new ArrayList<>();
        List<String> tools = new ArrayList<>(List.of(Toolbox.SHALE, Toolbox.FLYWAY, Toolbox.LIQUIBASE));
        if (target.floorName() != null) {
            tools.add(Toolbox.FLOOR);
        }
        double commitMillis = CommitFlush.medianMillis(target, target.databaseName("s1", "commit"));
        try (Toolbox toolbox = Toolbox.write(target, options, workload)) {
            for (String tool : tools) {
                String database = target.databaseName("s1", tool);
                ProcessContender contender = toolbox.migrate(tool, database);
                contenders.add(contender.beforeEach(() -> target.fresh(database)).afterEach(() ->
                        fingerprints.record(contender.name(), target.fingerprint(database))));
            }
            String title = "S1 apply " + target.displayName() + " " + options.migrations() + " migrations";
            Map<String, List<Measurement>> runs = Rounds.run(contenders, options.warmup(), options.rounds());
            JfrProfile profile = Rounds.profileIfAsked(contenders, options, title);
            Map<String, String> notes = new LinkedHashMap<>();
            notes.put("result schema", fingerprints.describe());
            notes.put("a commit on this server", CommitFlush.describe(commitMillis, workload.statements()));
            if (target.noFloorReason() != null) {
                notes.put("floor", target.noFloorReason());
            }
            return ScenarioResult.of(title, runs, notes).withProfile(profile);
        } finally {
            tools.forEach(tool -> target.drop(target.databaseName("s1", tool)));
        }
    }
}
