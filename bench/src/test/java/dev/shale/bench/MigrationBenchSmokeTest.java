package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of S1 apply, S1 no-op and S3 status beside Flyway, Liquibase and psql, so the bench
 * cannot rot; the figures are not asserted, the result schemas are.
 */
class MigrationBenchSmokeTest {
    @TempDir
    Path results;

    @Test
    void everyToolBuildsTheSameSchemaAndTheReportHasATargetLinePerRow() throws Exception {
        BenchOptions options = new BenchOptions(3, 10, 3, 0, 1, Path.of(System.getProperty("shale.jar")), results);
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            ScenarioResult apply = new ApplyScenario(options).run(db.urlString());
            ScenarioResult noop = new NoopScenario(options).run(db.urlString());
            ScenarioResult status = new StatusScenario(options).run(db.urlString());

            assertThat(apply.summaries()).extracting(Summary::contender)
                    .containsExactly("shale migrate", "flyway migrate", "liquibase update", "psql -f");
            assertThat(apply.notes().get("result schema"))
                    .startsWith("equal for [shale migrate, flyway migrate, liquibase update, psql -f]: 8 tables");
            assertThat(apply.summaries()).allSatisfy(s -> assertThat(s.peakRssKb()).isPositive());
            assertThat(noop.ratios()).containsKeys("shale migrate / flyway migrate", "shale migrate / liquibase update");
            assertThat(status.summaries()).extracting(Summary::contender)
                    .containsExactly("shale status", "flyway info", "liquibase status");

            BenchMain.report(List.of(apply, noop, status), options, "smoke-migrate");
            String report = Files.readString(results.resolve("smoke-migrate.md"));
            assertThat(report).containsPattern("\\* (PASS|MISS) S1 apply .*: shale migrate / psql -f ≤ 1\\.1")
                    .containsPattern("\\* (PASS|MISS) S1 apply .*: shale migrate / flyway migrate ≤ 0\\.3")
                    .containsPattern("\\* (PASS|MISS) S1 apply .*: peak RSS shale migrate / flyway migrate ≤ 0\\.4")
                    .containsPattern("\\* (PASS|MISS) S1 no-op .*: shale migrate / flyway migrate ≤ 0\\.4")
                    .containsPattern("\\* (PASS|MISS) S3 status .*: shale status / flyway info ≤ 0\\.4");
            assertThat(Files.readString(results.resolve("smoke-migrate.json"))).contains("\"scenario\" : \"S1 apply");
        }
    }
}
