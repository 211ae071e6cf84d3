package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void initCreatesTheProjectAndTheDefaultEnvironmentWorksAtOnce() {
        CliRun init = CliRun.run(dir, "init");
        assertThat(init.exitCode()).isZero();
        assertThat(init.err()).contains("created  shale.toml", "created  schema/schema.sql", "created  migrations");
        assertThat(dir.resolve("migrations")).isDirectory();

        CliRun ping = CliRun.run(dir, "ping");
        assertThat(ping.exitCode()).isZero();
        assertThat(ping.out()).startsWith("dev: SQLite ").contains(dir.resolve("shale.db").toString());
    }

    @Test
    void initIntoANamedDirectoryCreatesIt() {
        CliRun init = CliRun.run(dir, "init", "app/db");
        assertThat(init.exitCode()).isZero();
        assertThat(dir.resolve("app/db/shale.toml")).exists();
    }

    @Test
    void initTwiceKeepsEveryFileAsItWas() throws Exception {
        CliRun.run(dir, "init");
        Files.writeString(dir.resolve("schema/schema.sql"), "-- mine\n");
        CliRun again = CliRun.run(dir, "init");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("kept     schema/schema.sql (already there)", "nothing to do");
        assertThat(dir.resolve("schema/schema.sql")).hasContent("-- mine");
    }
}
