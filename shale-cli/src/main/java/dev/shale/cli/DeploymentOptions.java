package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.config.Durations;
import dev.shale.compare.DriftNotifier;
import dev.shale.compare.Webhook;
import dev.shale.compare.WebhookDelivery;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.events.FailureAlert;
import dev.shale.migrate.events.FailureWatch;
import dev.shale.migrate.events.JsonEventLog;
import dev.shale.migrate.events.LockWaitAlarm;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --log-format} and {@code --notify} of migrate and rollback: deployment events as JSON
 * lines on stdout, and an alert to a webhook when the command fails (posted after the command
 * has ended) or while it waits long for the migration lock (posted from a background thread); a
 * webhook that is down gives a warning and never changes the outcome.
 */
final class DeploymentOptions {
    @Option(names = "--log-format", defaultValue = "text", paramLabel = "text|json",
            description = "json: one JSON object per line on stdout for each step (lock waited / acquired / "
                    + "released, migration started / finished / failed, statement executed), with time and "
                    + "environment, for deployment logs (docs/events.md). Default: ${DEFAULT-VALUE}.")
    private OutputFormat logFormat;

    @Option(names = "--notify", paramLabel = "URL",
            description = "Post a Slack-compatible message to this webhook when a migration fails or the lock "
                    + "wait times out, and while a lock wait is long (retried 3 times; a webhook that is down gives a warning, never another "
                    + "exit code). Default: notify_url of shale.toml.")
    private String notify;

    @Option(names = "--notify-lock-wait-after", paramLabel = "DURATION",
            description = "Alert the webhook while the migration lock is still being waited for, once the wait is "
                    + "this long (\"30s\", \"2m\"; 0 turns it off), from a background thread. "
                    + "Default: lock_wait_alert_after of shale.toml, else 30s.")
    private String lockWaitAfter;

    /** Rejects what cannot be combined; call before anything runs. */
    void check(boolean dryRun) {
        if (lockWaitAfter != null) {
            lockWaitAfter();
        }
        if (dryRun && logFormat == OutputFormat.JSON) {
            throw ShaleException.usage("--log-format json cannot be combined with --dry-run",
                    "a dry run prints SQL on stdout; drop one of them");
        }
    }

    /** Runs {@code command} on {@code shale} with events going to the chosen log, then alerts on failure. */
    <T> T run(Shale shale, Terminal terminal, Function<Shale, T> command) {
        String environment = shale.environment().name();
        Optional<Webhook> webhook = Optional.ofNullable(notify).or(shale::notifyUrl)
                .map(url -> Webhook.of(url, DriftNotifier.DEFAULT_BACK_OFF));
        MigrationListener log = logFormat == OutputFormat.JSON
                ? new JsonEventLog(environment, Clock.systemUTC(), terminal::println) : terminal::info;
        FailureWatch watch = new FailureWatch(log);
        Duration after = webhook.isEmpty() ? Duration.ZERO
                : lockWaitAfter == null ? shale.lockWaitAlertAfter() : lockWaitAfter();
        try (LockWaitAlarm lockWait = new LockWaitAlarm(watch, after, waiting -> webhook.ifPresent(hook ->
                report(terminal, "lock-wait", hook.post(FailureAlert.lockWaitText(environment, waiting, after)))))) {
            return command.apply(shale.withListener(lockWait));
        } finally {
            watch.alarm().ifPresent(alarm -> webhook.ifPresent(hook ->
                    report(terminal, "failure", hook.post(FailureAlert.text(environment, alarm)))));
        }
    }

    private Duration lockWaitAfter() {
        return Durations.parse(lockWaitAfter).orElseThrow(() -> ShaleException.usage(
                "--notify-lock-wait-after needs a duration, not '" + lockWaitAfter + "'",
                "e.g. --notify-lock-wait-after 30s (ms, s, m, h; 0 turns the alert off)"));
    }

    private static void report(Terminal terminal, String alert, WebhookDelivery delivery) {
        if (delivery.delivered()) {
            terminal.info(alert + " alert posted to " + delivery.target());
        } else {
            terminal.info("warning: could not post the " + alert + " alert to " + delivery.target() + " after "
                    + delivery.attempts() + (delivery.attempts() == 1 ? " attempt: " : " attempts: ")
                    + delivery.problem().orElse("") + "; the outcome of the command stands");
        }
    }
}
