package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the compare scenario, so the bench cannot rot; the figure is not asserted. */
class CompareBenchSmokeTest {
    @TempDir
    Path results;

    @Test
    void theCompareScenarioFindsEveryAlteredPlaceAndReportsTheInJvmTime() throws Exception {
        BenchOptions options = new BenchOptions(30, 10, 5, 0, 1, Path.of("unused.jar"), results, false);
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            try {
                ScenarioResult result = new CompareScenario(options).run(db.urlString());

                assertThat(result.scenario()).isEqualTo("compare PostgreSQL 30 tables");
                assertThat(result.summaries()).extracting(Summary::contender).containsExactly("shale compare (in JVM)");
                assertThat(result.notes()).containsEntry("differences", "3 (1 breaking)");
                BenchMain.report(List.of(result), options, "smoke-compare");
                assertThat(Files.readString(results.resolve("smoke-compare.md")))
                        .contains("| shale compare (in JVM) |", "compare PostgreSQL 30 tables: in a few seconds");
            } finally {
                db.dialect().dropDatabase(db.url(), "shale_bench_compare_30_source");
                db.dialect().dropDatabase(db.url(), "shale_bench_compare_30_target");
            }
        }
    }
}
