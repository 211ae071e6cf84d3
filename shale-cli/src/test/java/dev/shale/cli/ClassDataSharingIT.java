package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's class data sharing archive holds what a short command loads: picocli's old class
 * files, the configuration reader, and the server drivers' connection classes, which the build
 * loads without a server.
 */
class ClassDataSharingIT {
    /** The launcher's JVM options (see ../shale and the bench's LauncherOptionsTest). */
    private static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto", "-Xms64m", "-Xlog:cds=off,cds+dynamic=off");

    @TempDir
    Path dir;
    private Path jar;
    private Path archive;

    @BeforeEach
    void archiveIsBuilt() {
        assumeThat(Boolean.getBoolean("shale.cds.skip")).as("built with -Dshale.cds.skip=true").isFalse();
        jar = Path.of(System.getProperty("shale.jar"));
        archive = jar.resolveSibling("shale.jsa");
        assertThat(archive).as("the package build writes the archive").exists();
    }

    @Test
    void theTestUsesTheLaunchersOptions() throws Exception {
        assertThat(Files.readString(Path.of(System.getProperty("shale.launcher"))))
                .contains("exec java " + String.join(" ", LAUNCHER_OPTIONS) + " ");
    }

    @Test
    void theArchiveHoldsTheServerDriversAndPicocli() throws Exception {
        String dictionary = java("-XX:+PrintSharedArchiveAndExit", "-XX:+PrintSharedDictionary", "-cp", jar.toString());

        assertThat(dictionary).contains(
                " picocli.CommandLine app_loader",
                " org.postgresql.jdbc.PgConnection app_loader",
                " org.postgresql.core.v3.QueryExecutorImpl app_loader",
                " org.mariadb.jdbc.Connection app_loader",
                " dev.shale.cli.Main app_loader");
    }

    @Test
    void aCommandLoadsItsClassesFromTheArchive() throws Exception {
        java("-jar", jar.toString(), "init");
        String loaded = java("-Xlog:class+load", "-jar", jar.toString(), "status");

        assertThat(loaded).contains("picocli.CommandLine source: shared objects file",
                "dev.shale.cli.Main source: shared objects file",
                "dev.shale.config.TomlDocument source: shared objects file",
                "com.fasterxml.jackson.dataformat.toml.TomlFactory source: shared objects file",
                "org.sqlite.jdbc4.JDBC4Connection source: shared objects file");
    }

    private String java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAUNCHER_OPTIONS);
        command.add("-XX:SharedArchiveFile=" + archive);
        command.addAll(List.of(arguments));
        Path output = dir.resolve(".output");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("process finished").isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
