package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale compare} on the command line: formats, --sql, --output and the exit code. */
class CompareCommandTest {
    @TempDir
    Path dir;

    private CliRun compare(TestDatabase dev, TestDatabase prod, String... options) throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"" + dev.urlString() + "\"\n\n[env.prod]\nurl = \""
                + prod.urlString() + "\"\n");
        String[] args = new String[options.length + 3];
        args[0] = "compare";
        args[1] = "dev";
        args[2] = "prod";
        System.arraycopy(options, 0, args, 3, options.length);
        return CliRun.run(dir, args);
    }

    @Test
    void differentSchemasExitOneWithTheBreakingDifferenceFirstAndTheSqlOnRequest() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname TEXT)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, bio TEXT)");

            CliRun run = compare(dev, prod, "--sql");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("1 breaking, 0 risky, 1 safe").contains("SQL that brings prod to dev:");
            assertThat(run.out().indexOf("breaking  column  nickname")).isLessThan(run.out().indexOf("safe  "));
        }
    }

    @Test
    void equalSchemasExitZero() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");

            assertThat(compare(dev, prod).exitCode()).isZero();
        }
    }

    @Test
    void theReportGoesToTheOutputFileInTheChosenFormat() throws Exception {
        try (TestDatabase dev = TestDatabase.create(TestDialect.SQLITE);
             TestDatabase prod = TestDatabase.create(TestDialect.SQLITE)) {
            prod.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            dev.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, bio TEXT)");

            CliRun run = compare(dev, prod, "--format", "html", "--output", "compare.html");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(Files.readString(dir.resolve("compare.html"))).startsWith("<!DOCTYPE html>").contains("bio");
        }
    }
}
