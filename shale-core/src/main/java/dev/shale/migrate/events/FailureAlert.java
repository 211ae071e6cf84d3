package dev.shale.migrate.events;

import dev.shale.config.Durations;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.MigrationEvent;
import java.time.Duration;

/**
 * The short message a migration failure alert posts: environment, migration, statement and the
 * database's message; or, while the wait is still going on, that a lock wait is long. Names the
 * environment, never its URL or credentials.
 */
public final class FailureAlert {
    private FailureAlert() {
    }

    /** The text of the alert while a lock wait is still going on, {@code waited} after it began. */
    public static String lockWaitText(String environment, MigrationEvent.LockWaiting waiting, Duration waited) {
        return DatabaseUrl.redact("Shale migrate: environment " + environment + " has been waiting "
                + Durations.text(waited) + " for the migration lock held by " + waiting.holder()
                + " (gives up after " + Durations.text(waiting.timeout()) + ")");
    }

    /** The text for a {@link MigrationEvent.MigrationFailed} or {@link MigrationEvent.LockTimedOut}. */
    public static String text(String environment, MigrationEvent alarm) {
        String text;
        if (alarm instanceof MigrationEvent.MigrationFailed failed) {
            String what = (failed.revert() ? "rollback of " : "migration ")
                    + (failed.version().isEmpty() ? "" : failed.version() + " ") + "(" + failed.script() + ")";
            String where = failed.statement().isPresent()
                    ? " at statement " + failed.statement().getAsInt() + " of " + failed.statements()
                    : " while writing the history";
            text = "Shale migrate: " + what + " failed on environment " + environment + where + ": "
                    + failed.message();
        } else if (alarm instanceof MigrationEvent.LockTimedOut timedOut) {
            text = "Shale migrate: environment " + environment + " gave up after " + timedOut.timeout().toSeconds()
                    + "s waiting for the migration lock held by " + timedOut.holder();
        } else {
            throw new IllegalArgumentException("not an alert: " + alarm);
        }
        return DatabaseUrl.redact(text);
    }
}
