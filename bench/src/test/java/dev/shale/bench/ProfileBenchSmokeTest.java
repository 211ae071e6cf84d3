package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --profile}: after the rounds, Shale runs once more under JFR and the report says where its time went. */
class ProfileBenchSmokeTest {
    @TempDir
    Path results;

    @Test
    void aProfiledScenarioKeepsTheRecordingAndReportsTheMainThreadsShaleMethods() throws Exception {
        BenchOptions options = new BenchOptions(3, 10, 3, 0, 1, Path.of(System.getProperty("shale.jar")), results,
                true);
        try (TestDatabase db = TestDatabase.create(TestDialect.SQLITE)) {
            BenchTarget target = BenchTarget.of(db.urlString(), "profile_");

            ScenarioResult apply = new ApplyScenario(options).run(target);

            JfrProfile profile = apply.profile();
            assertThat(profile).isNotNull();
            assertThat(profile.contender()).isEqualTo("shale migrate");
            Path recording = results.resolve(JfrProfile.fileName(apply.scenario()));
            assertThat(profile.recording()).isEqualTo(recording.toString());
            assertThat(recording).isNotEmptyFile();
            assertThat(profile.samples()).isPositive();
            // Every sample of a command's main thread runs under Shale's entry point.
            assertThat(profile.shaleFrames()).isNotEmpty()
                    .allSatisfy(share -> assertThat(share.frame()).startsWith("dev.shale."));
            assertThat(profile.shaleFrames().stream().mapToLong(JfrProfile.Share::samples).sum())
                    .isLessThanOrEqualTo(profile.samples());
            assertThat(profile.topFrames()).isNotEmpty();

            BenchMain.report(List.of(apply), options, "smoke-profile");
            assertThat(Files.readString(results.resolve("smoke-profile.md")))
                    .contains("#### Profile: shale migrate (one more run under JFR, not measured)")
                    .containsPattern("\\| \\d+ \\| \\d+\\.\\d% \\| dev\\.shale\\.");
            assertThat(Files.readString(results.resolve("smoke-profile.json"))).contains("\"shaleFrames\"");
        }
    }

    @Test
    void theRecordingIsNamedAfterTheScenario() {
        assertThat(JfrProfile.fileName("S1 apply PostgreSQL 1000 migrations"))
                .isEqualTo("s1-apply-postgresql-1000-migrations.jfr");
        assertThat(JfrProfile.fileName("S2 inspect MySQL/MariaDB 2000 tables"))
                .isEqualTo("s2-inspect-mysql-mariadb-2000-tables.jfr");
    }
}
