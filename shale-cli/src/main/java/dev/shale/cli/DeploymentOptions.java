package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.compare.DriftNotifier;
import dev.shale.compare.Webhook;
import dev.shale.compare.WebhookDelivery;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.events.FailureAlert;
import dev.shale.migrate.events.FailureWatch;
import dev.shale.migrate.events.JsonEventLog;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --log-format} and {@code --notify} of migrate and rollback: deployment events as JSON
 * lines on stdout, and an alert to a webhook when the command fails. The alert is posted after
 * the command has ended; a webhook that is down gives a warning and never changes the outcome.
 */
final class DeploymentOptions {
    @Option(names = "--log-format", defaultValue = "text", paramLabel = "text|json",
            description = "json: one JSON object per line on stdout for each step (lock waited / acquired / "
                    + "released, migration started / finished / failed, statement executed), with time and "
                    + "environment, for deployment logs (docs/events.md). Default: ${DEFAULT-VALUE}.")
    private OutputFormat logFormat;

    @Option(names = "--notify", paramLabel = "URL",
            description = "Post a Slack-compatible message to this webhook when a migration fails or the lock "
                    + "wait times out (retried 3 times; a webhook that is down gives a warning, never another "
                    + "exit code). Default: notify_url of shale.toml.")
    private String notify;

    /** Rejects what cannot be combined; call before anything runs. */
    void check(boolean dryRun) {
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
        try {
            return command.apply(shale.withListener(watch));
        } finally {
            watch.alarm().ifPresent(alarm -> webhook.ifPresent(hook ->
                    report(terminal, hook.post(FailureAlert.text(environment, alarm)))));
        }
    }

    private static void report(Terminal terminal, WebhookDelivery delivery) {
        if (delivery.delivered()) {
            terminal.info("failure alert posted to " + delivery.target());
        } else {
            terminal.info("warning: could not post the failure alert to " + delivery.target() + " after "
                    + delivery.attempts() + (delivery.attempts() == 1 ? " attempt: " : " attempts: ")
                    + delivery.problem().orElse("") + "; the outcome of the command stands");
        }
    }
}
