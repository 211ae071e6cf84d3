package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the inspect scenario (S2), so the bench cannot rot; the figures are not asserted. */
class InspectBenchSmokeTest {
    @TempDir
    Path results;

    @Test
    void theInspectScenarioRunsOnBothServersAndReportsEveryContender() throws Exception {
        BenchOptions options = new BenchOptions(3, 10, 5, 0, 1, Path.of(System.getProperty("shale.jar")), results,
                false);
        for (TestDialect kind : List.of(TestDialect.POSTGRES, TestDialect.MARIADB)) {
            try (TestDatabase db = TestDatabase.create(kind)) {
                String serverUrl = db.urlString();
                ScenarioResult result = new InspectScenario(options).run(serverUrl);
                assertThat(result.summaries()).extracting(Summary::contender)
                        .contains("shale inspect (in JVM)", "shale inspect --format sql (process)");
                if (kind == TestDialect.POSTGRES) {
                    assertThat(result.summaries()).extracting(Summary::contender)
                            .contains("pg_dump --schema-only", "liquibase snapshot");
                    assertThat(result.ratios()).containsKeys("shale inspect --format sql (process) / pg_dump --schema-only",
                            "shale inspect --format sql (process) / liquibase snapshot");
                } else {
                    assertThat(result.summaries()).extracting(Summary::contender).contains("mysqldump --no-data");
                    assertThat(result.ratios()).hasSize(2);
                }
                assertThat(result.notes()).containsKey("catalog queries");
                BenchMain.report(List.of(result), options, "smoke-" + kind);
                assertThat(Files.readString(results.resolve("smoke-" + kind + ".md"))).contains("| contender |");
                db.dialect().dropDatabase(db.url(), "shale_bench_inspect_3");
            }
        }
    }
}
