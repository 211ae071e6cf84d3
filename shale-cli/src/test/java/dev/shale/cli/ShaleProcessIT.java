package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command line as users run it: a separate process, its exit code and streams. */
class ShaleProcessIT {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
        return new Result(process.exitValue(),
                java.nio.file.Files.readString(dir.resolve(".out"), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(dir.resolve(".err"), StandardCharsets.UTF_8));
    }

    private Result shaleJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("shale.jar")));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void theLauncherScriptListsTheCommands() throws Exception {
        Result help = run(List.of(System.getProperty("shale.launcher"), "--help"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: shale", "migrate", "inspect", "compare");
    }

    @Test
    void initThenPingWorksOnTheEmbeddedDefault() throws Exception {
        assertThat(shaleJar("init").exitCode()).isZero();
        Result ping = shaleJar("ping", "--format", "json");
        assertThat(ping.exitCode()).isZero();
        assertThat(ping.out()).contains("\"product\" : \"SQLite\"");
    }

    @Test
    void failuresExitWithTheirCodeAndNoDriverChatter() throws Exception {
        Result unreachable = shaleJar("ping", "--url", "mysql://root:pw@127.0.0.1:1/x");
        assertThat(unreachable.exitCode()).isEqualTo(3);
        assertThat(unreachable.err().strip().split("\n")).hasSize(2);
        Result usage = shaleJar("ping", "--env", "nope");
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    @Test
    void theReadmeQuickstartRunsToTheEnd() throws Exception {
        Result quickstart = run(List.of(System.getProperty("shale.quickstart"), dir.resolve("project").toString()));
        assertThat(quickstart.exitCode()).as(quickstart.out() + quickstart.err()).isZero();
        assertThat(quickstart.err()).contains("wrote migrations/", "applied 1 migration", "reverted 1 migration",
                "the migrations are valid");
        assertThat(quickstart.out()).contains("ADD COLUMN", "-- shale:down");
    }
}
