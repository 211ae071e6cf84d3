package dev.shale.compare;

import java.util.Optional;

/**
 * What became of one webhook post.
 *
 * @param target   where it went, without path or query (a webhook URL's path is often its secret)
 * @param attempts how many times it was sent
 * @param problem  the last failure when it was not delivered
 */
public record WebhookDelivery(String target, boolean delivered, int attempts, Optional<String> problem) {
}
