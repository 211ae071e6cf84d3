package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench times Shale as users run it: with the JVM options of the {@code ./shale} launcher. */
class LauncherOptionsTest {
    @Test
    void theBenchRunsShaleWithTheLaunchersJvmOptions() throws Exception {
        Path root = Path.of(System.getProperty("shale.jar")).toAbsolutePath().getParent().getParent().getParent();
        String launcher = Files.readString(root.resolve("shale"));

        assertThat(launcher).contains("exec java " + String.join(" ", ProcessContender.SHALE_LAUNCHER_OPTIONS) + " ");
        assertThat(ProcessContender.shale(Path.of("shale.jar"), "status")).containsSequence(
                ProcessContender.SHALE_LAUNCHER_OPTIONS).endsWith("status");
    }
}
