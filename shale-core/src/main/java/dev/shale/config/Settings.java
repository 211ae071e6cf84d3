package dev.shale.config;

import java.time.Duration;
import java.util.List;

/**
 * Settings that the {@code [project]} table sets for every environment and an
 * {@code [env.NAME]} table may override. A null field means "not set here".
 *
 * @param schema        desired-state SQL files or folders, relative to the project
 * @param migrations    the migrations directory, relative to the project
 * @param devUrl        where throw-away dev databases are created (raw, not yet interpolated)
 * @param lockTimeout   how long to wait for the migration lock
 * @param historyTable  name of the history table
 * @param historySchema schema of the history table (PostgreSQL)
 * @param statementLockTimeout how long one migration statement may wait for a table lock
 *                             before it gives up and is retried (PostgreSQL lock_timeout)
 * @param notifyUrl     webhook that {@code drift} posts drift and {@code migrate} failures to (raw, not yet interpolated)
 * @param lockWaitAlertAfter how long {@code migrate} waits for the migration lock before it alerts the webhook
 */
public record Settings(List<String> schema, String migrations, String devUrl, Duration lockTimeout,
                       String historyTable, String historySchema, Duration statementLockTimeout,
                       String notifyUrl, Duration lockWaitAlertAfter) {

    /** The default of {@link #lockWaitAlertAfter}: half the default lock timeout, so it comes before the give-up. */
    public static final Duration DEFAULT_LOCK_WAIT_ALERT_AFTER = Duration.ofSeconds(30);

    /** The default of {@link #statementLockTimeout}: short, so DDL never queues long in front of traffic. */
    public static final Duration DEFAULT_STATEMENT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    static final Settings DEFAULTS = new Settings(List.of("schema"), "migrations", null,
            Duration.ofSeconds(60), "shale_history", null, DEFAULT_STATEMENT_LOCK_TIMEOUT, null,
            DEFAULT_LOCK_WAIT_ALERT_AFTER);

    static final Settings NONE = new Settings(null, null, null, null, null, null, null, null, null);

    /** These settings, with every field that {@code override} sets taken from it. */
    Settings overriddenBy(Settings override) {
        return new Settings(
                pick(override.schema, schema),
                pick(override.migrations, migrations),
                pick(override.devUrl, devUrl),
                pick(override.lockTimeout, lockTimeout),
                pick(override.historyTable, historyTable),
                pick(override.historySchema, historySchema),
                pick(override.statementLockTimeout, statementLockTimeout),
                pick(override.notifyUrl, notifyUrl),
                pick(override.lockWaitAlertAfter, lockWaitAlertAfter));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
