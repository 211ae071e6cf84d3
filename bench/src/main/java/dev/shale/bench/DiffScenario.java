package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * S4 diff: {@code shale diff} as a whole process between two N-table PostgreSQL databases that
 * differ in one table of ten (the compare workload). No peer among the free JVM tools: the figure
 * is printed. The run checks that the SQL printed has one statement per altered place.
 */
final class DiffScenario {
    private final BenchOptions options;

    DiffScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(String serverUrl) throws Exception {
        BenchServer server = new BenchServer(serverUrl);
        String prefix = "shale_bench_compare_" + options.tables();
        DatabaseUrl serverDb = dev.shale.dialect.Dialects.parseUrl(serverUrl, Path.of("."));
        DatabaseUrl target = InspectScenario.ensureDatabase(serverDb, serverUrl, prefix + "_target");
        DatabaseUrl source = InspectScenario.ensureDatabase(serverDb, serverUrl, prefix + "_source");
        InspectWorkload.ensure(target, options.tables());
        InspectWorkload.ensure(source, options.tables());
        List<String> alterations = CompareWorkload.alterations(options.tables());
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            for (String sql : alterations) {
                statement.execute(sql);
            }
        }
        Path project = Files.createTempDirectory("shale-bench-diff");
        ProcessContender diff = new ProcessContender("shale diff (process)", ProcessContender.shale(options.shaleJar(), "diff", server.shaleUrl(prefix + "_target"),
                server.shaleUrl(prefix + "_source"))).in(project).exitCodes(0, 1);
        String title = "S4 diff PostgreSQL " + options.tables() + " tables";
        Map<String, List<Measurement>> runs = Rounds.run(List.of(diff), options.warmup(), options.rounds());
        JfrProfile profile = Rounds.profileIfAsked(List.of(diff), options, title);
        Files.deleteIfExists(project);
        long statements = diff.lastOutput().lines().filter(line -> line.endsWith(";")).count();
        if (statements < alterations.size()) {
            throw new IllegalStateException("shale diff printed " + statements + " statements for "
                    + alterations.size() + " differences:\n" + diff.lastOutput());
        }
        return ScenarioResult.of(title, runs,
                Map.of("differences", alterations.size() + " places, " + statements + " statements printed"))
                .withProfile(profile);
    }
}
