package dev.shale.migrate.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.db.DatabaseUrl;
import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationEvent.LockAcquired;
import dev.shale.migrate.MigrationEvent.LockReleased;
import dev.shale.migrate.MigrationEvent.LockTimedOut;
import dev.shale.migrate.MigrationEvent.LockWaiting;
import dev.shale.migrate.MigrationEvent.MigrationFailed;
import dev.shale.migrate.MigrationEvent.MigrationFinished;
import dev.shale.migrate.MigrationEvent.MigrationRetried;
import dev.shale.migrate.MigrationEvent.MigrationStarted;
import dev.shale.migrate.MigrationEvent.StatementExecuted;

/** The stable JSON name and fields of each migration event (docs/events.md). */
final class EventFields {
    private EventFields() {
    }

    static ObjectNode fill(MigrationEvent event, ObjectNode node) {
        if (event instanceof LockWaiting e) {
            node.put("event", "lock_waiting").put("holder", DatabaseUrl.redact(e.holder()))
                    .put("timeoutSeconds", e.timeout().toSeconds());
        } else if (event instanceof LockAcquired e) {
            node.put("event", "lock_acquired").put("waited", e.waited()).put("waitedMillis", e.waitedMillis());
        } else if (event instanceof LockTimedOut e) {
            node.put("event", "lock_timed_out").put("holder", DatabaseUrl.redact(e.holder()))
                    .put("timeoutSeconds", e.timeout().toSeconds());
        } else if (event instanceof LockReleased) {
            node.put("event", "lock_released");
        } else if (event instanceof MigrationStarted e) {
            migration(node, "migration_started", e.version(), e.script()).put("direction", direction(e.revert()))
                    .put("statements", e.statements());
        } else if (event instanceof StatementExecuted e) {
            migration(node, "statement_executed", e.version(), e.script()).put("statement", e.statement())
                    .put("statements", e.statements()).put("millis", e.millis())
                    .put("sql", DatabaseUrl.redact(e.firstLine())).put("attempt", e.attempt());
        } else if (event instanceof MigrationRetried e) {
            migration(node, "migration_retried", e.version(), e.script());
            if (e.statement().isPresent()) {
                node.put("statement", e.statement().getAsInt());
            } else {
                node.putNull("statement");
            }
            node.put("attempt", e.attempt()).put("retries", e.retries()).put("backoffMillis", e.backoffMillis())
                    .put("wholeTransaction", e.wholeTransaction());
        } else if (event instanceof MigrationFinished e) {
            migration(node, "migration_finished", e.version(), e.script()).put("direction", direction(e.revert()))
                    .put("millis", e.millis()).put("statements", e.statements());
        } else if (event instanceof MigrationFailed e) {
            migration(node, "migration_failed", e.version(), e.script()).put("direction", direction(e.revert()));
            if (e.statement().isPresent()) {
                node.put("statement", e.statement().getAsInt());
            } else {
                node.putNull("statement");
            }
            node.put("statements", e.statements()).put("message", DatabaseUrl.redact(e.message()));
        }
        return node;
    }

    private static ObjectNode migration(ObjectNode node, String name, String version, String script) {
        return node.put("event", name).put("version", version).put("script", script);
    }

    private static String direction(boolean revert) {
        return revert ? "down" : "up";
    }
}
