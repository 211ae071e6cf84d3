package dev.shale;

import java.util.Optional;

/**
 * The one family of errors Shale reports to people. Each carries a message that says what
 * went wrong, a hint that says what to do about it, and the exit code the command line
 * returns. Messages never contain credentials.
 */
public class ShaleException extends RuntimeException {
    private final ExitCode exitCode;
    private final String hint;

    public ShaleException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public ShaleException(ExitCode exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** A wrong command line, configuration or project layout. Exit code 2. */
    public static ShaleException usage(String message, String hint) {
        return new ShaleException(ExitCode.USAGE, message, hint);
    }
}
