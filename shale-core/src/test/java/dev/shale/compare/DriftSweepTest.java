package dev.shale.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shale.Shale;
import dev.shale.compare.EnvironmentDrift.Status;
import dev.shale.config.ShaleConfig;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.SumFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift --all through the API: every environment, at the same time, none stopping the others. */
class DriftSweepTest {
    @TempDir
    Path dir;

    @Test
    void fiveEnvironmentsAreCheckedOnThreadsOfTheirOwnAndAnUnreachableOneDoesNotStopThem() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0001_create_users.sql"),
                "-- shale:up\nCREATE TABLE users (id INTEGER PRIMARY KEY);\n-- shale:down\nDROP TABLE users;\n");
        SumFile.write(dir.resolve("migrations"), MigrationDirectory.readSqlFiles(dir.resolve("migrations")));
        StringBuilder toml = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            toml.append("[env.e").append(i).append("]\nurl = \"sqlite:e").append(i).append(".db\"\n");
        }
        toml.append("[env.gone]\nurl = \"postgres://postgres@127.0.0.1:1/x\"\n");
        Files.writeString(dir.resolve("shale.toml"), toml.toString());
        for (int i = 1; i <= 5; i++) {
            Shale.configure().projectDir(dir).variables(Map.of()).environment("e" + i).load().migrate();
        }
        ShaleConfig config = Shale.configure().projectDir(dir).variables(Map.of()).loadConfig();
        Set<Long> threads = ConcurrentHashMap.newKeySet();

        List<EnvironmentDrift> outcomes = new DriftSweep(config, line -> threads.add(Thread.currentThread().getId()),
                8).run();

        assertThat(outcomes).extracting(EnvironmentDrift::environment, EnvironmentDrift::status).containsExactly(
                tuple("e1", Status.CLEAN), tuple("e2", Status.CLEAN), tuple("e3", Status.CLEAN),
                tuple("e4", Status.CLEAN), tuple("e5", Status.CLEAN), tuple("gone", Status.UNREACHABLE));
        assertThat(threads).as("one worker per environment").hasSize(5)
                .doesNotContain(Thread.currentThread().getId());
        assertThat(outcomes.get(5).problem()).hasValueSatisfying(p -> assertThat(p).contains("127.0.0.1:1"));
    }
}
