package dev.shale.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends drift alerts: the environments that drifted or could not be checked, one message per
 * webhook (environments that share a webhook share a message). Clean environments send nothing.
 */
public final class DriftNotifier {
    /** The wait before the first retry; doubled for each further one. */
    public static final Duration DEFAULT_BACK_OFF = Duration.ofSeconds(1);

    private final Duration backOff;

    public DriftNotifier(Duration backOff) {
        this.backOff = backOff;
    }

    /**
     * @param webhookOf the webhook of an environment ({@code --notify}, else its {@code notify_url})
     */
    public List<WebhookDelivery> notify(List<EnvironmentDrift> outcomes, Function<String, Optional<String>> webhookOf) {
        Map<String, List<EnvironmentDrift>> byWebhook = new LinkedHashMap<>();
        for (EnvironmentDrift outcome : outcomes) {
            if (outcome.status().alarming()) {
                webhookOf.apply(outcome.environment()).ifPresent(url ->
                        byWebhook.computeIfAbsent(url, u -> new ArrayList<>()).add(outcome));
            }
        }
        List<WebhookDelivery> deliveries = new ArrayList<>();
        byWebhook.forEach((url, group) -> deliveries.add(Webhook.of(url, backOff).post(DriftAlert.text(group))));
        return deliveries;
    }
}
