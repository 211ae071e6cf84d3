package dev.shale.dialect;

import dev.shale.DatabaseUnavailableException;
import dev.shale.db.DatabaseUrl;
import java.sql.SQLException;

/**
 * The messages for a failed connection, shared by the dialects once each has decided
 * which kind of failure its driver reported. Driver messages are passed through
 * {@link DatabaseUrl#redact} and never carry the password.
 */
public final class ConnectFailures {
    private ConnectFailures() {
    }

    public static DatabaseUnavailableException unreachable(DatabaseUrl url, SQLException cause) {
        return new DatabaseUnavailableException(
                "cannot reach " + url.dialect().displayName() + " at " + url.host() + ":" + url.port()
                        + " (" + firstLine(cause) + ")",
                "check that the server is running and that host and port in the URL are right: " + url.display(),
                cause);
    }

    public static DatabaseUnavailableException authentication(DatabaseUrl url, SQLException cause) {
        String who = url.user() == null ? "the default user" : "user '" + url.user() + "'";
        return new DatabaseUnavailableException(
                url.dialect().displayName() + " at " + url.host() + ":" + url.port()
                        + " refused the credentials of " + who,
                "check the user name and password in the URL or in the environment variable it comes from",
                cause);
    }

    public static DatabaseUnavailableException missingDatabase(DatabaseUrl url, String createCommand,
                                                               SQLException cause) {
        return new DatabaseUnavailableException(
                "database '" + url.database() + "' does not exist on " + url.host() + ":" + url.port(),
                "create it first (" + createCommand + ") or fix the database name in the URL",
                cause);
    }

    public static DatabaseUnavailableException other(DatabaseUrl url, SQLException cause) {
        return new DatabaseUnavailableException(
                "cannot connect to " + url.display() + ": " + firstLine(cause),
                "check the URL and that the database accepts connections from this machine",
                cause);
    }

    /** The first line of the driver's message, without anything that looks like a password. */
    public static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return DatabaseUrl.redact(newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
