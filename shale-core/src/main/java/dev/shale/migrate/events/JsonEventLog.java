package dev.shale.migrate.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Writes each migration event as one JSON object on one line, for deployment logs:
 * {@code {"time":"…","environment":"prod","event":"statement_executed",…}}. Lines for people
 * become {@code note} events, so every line is JSON. Text that could hold a URL is redacted;
 * events never carry one. The fields are listed in docs/events.md.
 */
public final class JsonEventLog implements MigrationListener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String environment;
    private final Clock clock;
    private final Consumer<String> sink;

    public JsonEventLog(String environment, Clock clock, Consumer<String> sink) {
        this.environment = environment;
        this.clock = clock;
        this.sink = sink;
    }

    @Override
    public void progress(String line) {
        ObjectNode node = start();
        node.put("event", "note").put("message", DatabaseUrl.redact(line));
        write(node);
    }

    @Override
    public void event(MigrationEvent event) {
        write(EventFields.fill(event, start()));
    }

    private ObjectNode start() {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", clock.instant().toString());
        node.put("environment", environment);
        return node;
    }

    private synchronized void write(ObjectNode node) {
        try {
            sink.accept(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a migration event as JSON", e);
        }
    }
}
