package dev.shale.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a Slack-compatible message ({@code {"text": "…"}}) to a webhook, retried with
 * exponential back-off on network failures and on 5xx / 429 answers. Never throws: an alert
 * that cannot be delivered must not change what the check itself found.
 */
public final class Webhook {
    /** Tries in all; the first retry waits {@code backOff}, each further one twice as long. */
    public static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI uri;
    private final Duration backOff;
    private final HttpClient client;

    public Webhook(URI uri, Duration backOff) {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw dev.shale.ShaleException.usage("the webhook URL must start with http:// or https://",
                    "give the URL of an incoming webhook (Slack, Mattermost, Teams or your own service)");
        }
        this.uri = uri;
        this.backOff = backOff;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** A webhook from a URL as given by a person ({@code --notify} or {@code notify_url}). */
    public static Webhook of(String url, Duration backOff) {
        try {
            return new Webhook(URI.create(url), backOff);
        } catch (IllegalArgumentException e) {
            throw dev.shale.ShaleException.usage("the webhook URL is not a valid URL",
                    "check --notify or notify_url in shale.toml; it must be an http(s) URL");
        }
    }

    public WebhookDelivery post(String text) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(text))).build();
        String problem = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return new WebhookDelivery(target(), true, attempt, Optional.empty());
                }
                problem = "HTTP " + status;
                if (status / 100 != 5 && status != 429) {
                    // The request itself is wrong; sending it again changes nothing.
                    return new WebhookDelivery(target(), false, attempt, Optional.of(problem));
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new WebhookDelivery(target(), false, attempt, Optional.of("interrupted"));
            }
            if (attempt < ATTEMPTS && !sleep(backOff.multipliedBy(1L << (attempt - 1)))) {
                return new WebhookDelivery(target(), false, attempt, Optional.of("interrupted"));
            }
        }
        return new WebhookDelivery(target(), false, ATTEMPTS, Optional.of(problem));
    }

    /** Scheme, host and port only: the path of a Slack webhook is its secret. */
    public String target() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    static String body(String text) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a JSON string", e);
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
