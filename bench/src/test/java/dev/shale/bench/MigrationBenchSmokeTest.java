package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny run of S1 apply, S1 no-op and S3 status beside Flyway, Liquibase and the floor on each
 * database, so the bench cannot rot; the figures are not asserted, the result schemas are.
 */
class MigrationBenchSmokeTest {
    @TempDir
    Path results;

    @OnEachDatabase
    void everyToolBuildsTheSameSchemaAndTheReportHasATargetLinePerRow(TestDatabase db) throws Exception {
        BenchOptions options = new BenchOptions(3, 10, 3, 0, 1, Path.of(System.getProperty("shale.jar")), results,
                false);
        // Databases named after the test's own, so that runs on a shared server cannot meet.
        BenchTarget target = BenchTarget.of(db.urlString(), db.name() + "_");
        String name = target.displayName();

        ScenarioResult apply = new ApplyScenario(options).run(target);
        ScenarioResult noop = new NoopScenario(options).run(target);
        ScenarioResult status = new StatusScenario(options).run(target);

        List<String> tools = new ArrayList<>(List.of("shale migrate", "flyway migrate", "liquibase update"));
        if (target.floorName() != null) {
            tools.add(target.floorName());
        }
        assertThat(apply.scenario()).isEqualTo("S1 apply " + name + " 10 migrations");
        assertThat(apply.summaries()).extracting(Summary::contender).containsExactlyElementsOf(tools);
        assertThat(apply.notes().get("result schema")).startsWith("equal for " + tools + ": 8 tables");
        assertThat(apply.notes().get("a commit on this server"))
                .matches("\\d+\\.\\d\\d ms \\(median of 200 one-row autocommit INSERTs\\); the floor commits each of "
                        + "its 20 statements");
        assertThat(apply.summaries()).allSatisfy(s -> assertThat(s.peakRssKb()).isPositive());
        assertThat(apply.profile()).as("profiled only with --profile").isNull();
        assertThat(noop.ratios()).containsKeys("shale migrate / flyway migrate", "shale migrate / liquibase update");
        assertThat(noop.notes().get("schema before")).startsWith("equal for [shale migrate, flyway migrate, "
                + "liquibase update]: 8 tables");
        assertThat(status.scenario()).isEqualTo("S3 status " + name + " 3 migrations");
        assertThat(status.summaries()).extracting(Summary::contender)
                .containsExactly("shale status", "flyway info", "liquibase status");

        BenchMain.report(List.of(apply, noop, status), options, "smoke-migrate");
        String report = Files.readString(results.resolve("smoke-migrate.md"));
        assertThat(report).containsPattern("\\* (PASS|MISS) S1 apply " + name + " .*: shale migrate / flyway migrate ≤ 0\\.3")
                .containsPattern("\\* (PASS|MISS) S1 apply " + name + " .*: peak RSS shale migrate / flyway migrate ≤ 0\\.4")
                .containsPattern("\\* (PASS|MISS) S1 no-op " + name + " .*: shale migrate / flyway migrate ≤ 0\\.4")
                .containsPattern("\\* (PASS|MISS) S3 status " + name + " .*: shale status / flyway info ≤ 0\\.4")
                .containsPattern("\\* (PASS|MISS|n/a) S1 apply " + name + " .*: shale migrate / "
                        + (target.floorName() == null ? "floor" : java.util.regex.Pattern.quote(target.floorName()))
                        + " ≤ 1\\.1");
        assertThat(Files.readString(results.resolve("smoke-migrate.json"))).contains("\"scenario\" : \"S1 apply");
    }
}
