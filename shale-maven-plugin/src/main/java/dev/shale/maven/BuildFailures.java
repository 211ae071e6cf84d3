package dev.shale.maven;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How a Shale outcome fails a build, by the CLI's exit code: 1 (a check found problems) is a
 * {@link MojoFailureException}; 2, 3, 4 and 70 (bad input, database unavailable, migration failed,
 * internal error) are a {@link MojoExecutionException}. The message is the CLI's
 * {@code error:} line and {@code hint:} line, never a credential.
 */
final class BuildFailures {
    private BuildFailures() {
    }

    static void raise(ShaleException e) throws MojoExecutionException, MojoFailureException {
        String message = "error: " + e.getMessage() + e.hint().map(h -> "\nhint: " + h).orElse("");
        if (e.exitCode() == ExitCode.PROBLEMS_FOUND) {
            throw new MojoFailureException(message);
        }
        // No cause attached: Maven would print the driver's stack trace, which may name the URL.
        throw new MojoExecutionException(message + "\n(shale exit code " + e.exitCode().code() + ")");
    }

    /** A check that found problems: exit code 1 of the CLI. */
    static MojoFailureException problems(String message, String hint) {
        return new MojoFailureException("error: " + message + "\nhint: " + hint);
    }
}
