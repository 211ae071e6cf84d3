package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook as users install it: from the ./shale launcher or the packaged jar, run by a real git commit. */
class HookProcessIT {
    @TempDir
    Path dir;

    @Test
    void theLauncherInstallsAHookThatCallsTheLauncher() throws Exception {
        String launcher = System.getProperty("shale.launcher");
        run("git", "init", "-q");
        Result install = run(launcher, "hook", "install");
        assertThat(install.exitCode).as(install.output).isZero();
        assertThat(Files.readString(dir.resolve(".git/hooks/pre-commit")))
                .contains("exec " + Path.of(launcher).toAbsolutePath().normalize() + " hook check");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0001_create_t.sql"),
                "-- shale:up\nCREATE TABLE t (id INTEGER PRIMARY KEY);\n-- shale:down\nDROP TABLE t;\n");
        assertThat(run(launcher, "hash").exitCode).isZero();
        run("git", "add", "migrations");
        Result commit = run("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "t");
        assertThat(commit.exitCode).as(commit.output).isZero();
        assertThat(commit.output).contains("shale: the staged migrations pass");
    }

    @Test
    void theJarInstallsAHookThatRunsTheJar() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("shale.jar")).toAbsolutePath().toString();
        run("git", "init", "-q");
        Result install = run(java, "-jar", jar, "hook", "install");
        assertThat(install.exitCode).as(install.output).isZero();
        assertThat(Files.readString(dir.resolve(".git/hooks/pre-commit"))).contains("-jar " + jar + " hook check");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/orders.sql"), "-- shale:up\nSELECT 1;\n");
        run(java, "-jar", jar, "hash");
        run("git", "add", "migrations");
        Result commit = run("git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "t");
        assertThat(commit.exitCode).isNotZero();
        assertThat(commit.output).contains("error: orders.sql is not a migration file name");
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
        return new Result(process.exitValue(), output);
    }
}
