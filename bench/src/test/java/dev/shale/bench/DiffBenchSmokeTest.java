package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of S4: {@code shale diff} as a process between two live databases; the figure is not asserted. */
class DiffBenchSmokeTest {
    @TempDir
    Path results;

    @Test
    void shaleDiffPrintsAStatementForEveryAlteredPlace() throws Exception {
        BenchOptions options = new BenchOptions(30, 10, 3, 0, 1, Path.of(System.getProperty("shale.jar")), results,
                false);
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            try {
                ScenarioResult result = new DiffScenario(options).run(db.urlString());

                assertThat(result.scenario()).isEqualTo("S4 diff PostgreSQL 30 tables");
                assertThat(result.notes()).containsEntry("differences", "3 places, 3 statements printed");
                assertThat(Targets.check(java.util.List.of(result))).containsPattern("(PASS|MISS) S4 diff");
            } finally {
                db.dialect().dropDatabase(db.url(), "shale_bench_compare_30_source");
                db.dialect().dropDatabase(db.url(), "shale_bench_compare_30_target");
            }
        }
    }
}
