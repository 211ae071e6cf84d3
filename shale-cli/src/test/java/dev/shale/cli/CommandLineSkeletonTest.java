package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineSkeletonTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheWholeCommandSetAndTheExitCodes() {
        CliRun run = CliRun.run(dir, "--help");
        assertThat(run.exitCode()).isZero();
        for (String command : new String[] {"init", "migrate", "status", "rollback", "validate", "baseline",
                "repair", "generate", "diff", "push", "inspect", "lint", "drift", "compare", "studio"}) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(run.out()).contains("Exit codes:", "3  database unreachable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"init", "env", "ping", "studio", "impact"})
    void everyCommandHasItsOwnHelp(String command) {
        CliRun run = CliRun.run(dir, command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: shale " + command);
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.run(dir, "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("shale ");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        CliRun run = CliRun.run(dir, "stauts");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()[0]).isEqualTo("error: unknown command 'stauts'");
        assertThat(run.errLines()[1]).contains("status");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.run(dir, "ping", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: Unknown option: '--bogus'", "hint: see 'shale ping --help'");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: a command is required");
    }

    @Test
    void globalOptionsAreAcceptedBeforeAndAfterTheCommand() {
        assertThat(CliRun.run(dir, "--quiet", "init").err()).isEmpty();
        assertThat(CliRun.run(dir, "init", "--quiet").err()).isEmpty();
        assertThat(CliRun.run(dir, "init").err()).contains("nothing to do");
    }
}
