package dev.shale.compare;

import java.time.Duration;
import java.util.Optional;

/**
 * Posts {@link CompareAlert}'s message to a webhook when a comparison finds a breaking difference,
 * retried like drift alerts. Sends nothing otherwise; never throws for a webhook that is down.
 */
public final class CompareNotifier {
    private final Duration backOff;

    public CompareNotifier(Duration backOff) {
        this.backOff = backOff;
    }

    /** The delivery, or empty when nothing breaks and nothing was sent. */
    public Optional<WebhookDelivery> notify(ComparisonReport report, String webhookUrl) {
        Webhook webhook = Webhook.of(webhookUrl, backOff);
        return CompareAlert.text(report).map(webhook::post);
    }
}
