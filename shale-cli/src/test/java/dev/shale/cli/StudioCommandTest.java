package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shale studio} refuses bad input before it starts serving (serving: StudioProcessIT, dev.shale.studio). */
class StudioCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(dir, "studio", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: --port must be between 0 and 65535, was 70000",
                "hint: leave it out to use a free port");
    }

    @Test
    void aPortInUseIsAUsageErrorWithAHint() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run(dir, "studio", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errLines()[0]).startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(run.errLines()[1]).isEqualTo("hint: choose another --port (0 picks a free one) or --host");
        }
    }

    @Test
    void aBrokenConfigurationStopsItBeforeItServes() throws Exception {
        Files.writeString(dir.resolve("shale.toml"), "[env.dev]\nurl = \"sqlite:dev.db\"\nbogus = 1\n");

        CliRun run = CliRun.run(dir, "studio");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).startsWith("error: ").contains("bogus");
        assertThat(run.out()).doesNotContain("Shale Studio:");
    }
}
