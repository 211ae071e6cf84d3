package dev.shale.bench;

import dev.shale.Shale;
import dev.shale.compare.ComparisonReport;
import dev.shale.db.DatabaseUrl;
import dev.shale.desired.SchemaSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Compare: {@code Shale.compare} of two N-table PostgreSQL schemas that differ in one table of ten,
 * timed in this JVM (both inspections, the classification and the SQL). No peer: the figure is
 * the target ("a few seconds" at 2,000 tables).
 */
final class CompareScenario {
    private final BenchOptions options;

    CompareScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(String serverUrl) throws Exception {
        DatabaseUrl server = dev.shale.dialect.Dialects.parseUrl(serverUrl, Path.of("."));
        String prefix = "shale_bench_compare_" + options.tables();
        DatabaseUrl target = InspectScenario.ensureDatabase(server, serverUrl, prefix + "_target");
        DatabaseUrl source = InspectScenario.ensureDatabase(server, serverUrl, prefix + "_source");
        InspectWorkload.ensure(target, options.tables());
        InspectWorkload.ensure(source, options.tables());
        List<String> alterations = CompareWorkload.alterations(options.tables());
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            for (String sql : alterations) {
                statement.execute(sql);
            }
        }
        Path project = Files.createTempDirectory("shale-bench-compare");
        Files.writeString(project.resolve("shale.toml"), "[env.bench]\nurl = \"" + serverUrl + "\"\n");
        Shale shale = Shale.configure().projectDir(project).variables(Map.of()).load();

        long[] differences = new long[1];
        long[] breaking = new long[1];
        Contender inJvm = new Contender() {
            @Override
            public String name() {
                return "shale compare (in JVM)";
            }

            @Override
            public Measurement run() {
                long start = System.nanoTime();
                ComparisonReport report = shale.compare(new SchemaSource.LiveDatabase(source, "source"),
                        new SchemaSource.LiveDatabase(target, "target"), List.of(), project);
                differences[0] = report.differences().count();
                breaking[0] = report.count(dev.shale.compare.Classification.BREAKING);
                return new Measurement(System.nanoTime() - start, 0);
            }
        };
        Map<String, List<Measurement>> runs;
        try {
            runs = Rounds.run(List.of(inJvm), options.warmup(), options.rounds());
        } finally {
            Files.deleteIfExists(project.resolve("shale.toml"));
            Files.deleteIfExists(project);
        }
        if (differences[0] != alterations.size()) {
            throw new IllegalStateException("Shale found " + differences[0] + " differences, expected "
                    + alterations.size());
        }
        return ScenarioResult.of("compare PostgreSQL " + options.tables() + " tables", runs,
                Map.of("differences", differences[0] + " (" + breaking[0] + " breaking)"));
    }
}
