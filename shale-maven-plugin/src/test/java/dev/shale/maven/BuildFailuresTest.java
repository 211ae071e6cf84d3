package dev.shale.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class BuildFailuresTest {

    @Test
    void problemsFoundFailTheBuildAsAFailureWithErrorAndHint() {
        ShaleException problems = new ShaleException(ExitCode.PROBLEMS_FOUND, "2 problems", "run shale validate");

        assertThatThrownBy(() -> BuildFailures.raise(problems))
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessage("error: 2 problems\nhint: run shale validate");
    }

    @Test
    void otherExitCodesAreExecutionErrorsThatNameTheCodeAndCarryNoCause() {
        ShaleException unavailable = new ShaleException(ExitCode.DATABASE_UNAVAILABLE, "cannot connect",
                "start the server", new IllegalStateException("driver detail"));

        assertThatThrownBy(() -> BuildFailures.raise(unavailable))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("error: cannot connect\nhint: start the server\n(shale exit code 3)")
                .hasNoCause();
    }
}
