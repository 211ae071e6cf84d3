package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench times Shale as users run it: with the JVM options of the {@code ./shale} launcher. */
class LauncherOptionsTest {
    @Test
    void theBenchRunsShaleWithTheLaunchersJvmOptions() throws Exception {
        Path root = Path.of(System.getProperty("shale.jar")).toAbsolutePath().getParent().getParent().getParent();
        String launcher = Files.readString(root.resolve("shale"));

        assertThat(launcher).contains("exec java " + String.join(" ", ProcessContender.SHALE_LAUNCHER_OPTIONS) + " ");
        assertThat(launcher).contains("-XX:SharedArchiveFile=\"$archive\"").contains("\"$archive\" -nt \"$jar\"");
        assertThat(ProcessContender.shale(Path.of("shale.jar"), "status")).containsSequence(
                ProcessContender.SHALE_LAUNCHER_OPTIONS).endsWith("status");
    }

    @Test
    void theClassDataSharingArchiveIsUsedOnlyWhenNewerThanTheJar(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("shale.jar"), "jar");
        Path archive = dir.resolve("shale.jsa");
        String option = "-XX:SharedArchiveFile=" + archive.toAbsolutePath();

        assertThat(ProcessContender.shale(jar, "status")).doesNotContain(option);

        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(2_000_000));
        assertThat(ProcessContender.shale(jar, "status")).contains(option)
                .containsSubsequence(option, "-jar", jar.toAbsolutePath().toString(), "status");

        Files.setLastModifiedTime(archive, FileTime.fromMillis(500_000));
        assertThat(ProcessContender.shale(jar, "status")).doesNotContain(option);
    }
}
