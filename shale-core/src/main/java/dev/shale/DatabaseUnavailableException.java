package dev.shale;

/** The database could not be reached, refused the credentials, or does not exist. Exit code 3. */
public class DatabaseUnavailableException extends ShaleException {
    public DatabaseUnavailableException(String message, String hint, Throwable cause) {
        super(ExitCode.DATABASE_UNAVAILABLE, message, hint, cause);
    }
}
