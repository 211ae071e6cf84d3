package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while Shale reads the schema files on a throw-away dev database: the database is dropped. */
class DevDatabaseInterruptIT {
    @TempDir
    Path dir;

    @Test
    void anInterruptedGenerateDropsItsDevDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            Files.createDirectories(dir.resolve("schema"));
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"" + db.urlString() + "\"\n");
            Files.writeString(dir.resolve("schema/schema.sql"),
                    "CREATE TABLE t (id integer PRIMARY KEY);\nSELECT pg_sleep(60);\n");
            Process shale = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", System.getProperty("shale.jar"), "generate", "slow")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile()).start();
            String devDatabase = waitForDevDatabase(db);
            assertThat(devDatabase).as("a dev database appeared while the schema file runs").isNotNull();

            new ProcessBuilder("kill", "-INT", String.valueOf(shale.pid())).start().waitFor();
            assertThat(shale.waitFor(30, TimeUnit.SECONDS)).as("shale stopped after Ctrl-C").isTrue();
            assertThat(db.query("SELECT datname FROM pg_database WHERE datname = '" + devDatabase + "'")).isEmpty();
        }
    }

    private static String waitForDevDatabase(TestDatabase db) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<List<String>> rows = db.query("SELECT datname FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' "
                    + "AND datname LIKE 'shale\\_dev\\_%'");
            if (!rows.isEmpty()) {
                return rows.get(0).get(0);
            }
            Thread.sleep(100);
        }
        return null;
    }
}
