package dev.shale.migrate.events;

import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import java.util.Optional;

/**
 * Passes every line and event on to another listener and remembers the last one worth an
 * alert: a migration that failed, or a lock wait that timed out. The alert is sent after the
 * command has ended (and released the lock), so a slow webhook never holds up a deployment.
 */
public final class FailureWatch implements MigrationListener {
    private final MigrationListener delegate;
    private volatile MigrationEvent alarm;

    public FailureWatch(MigrationListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void progress(String line) {
        delegate.progress(line);
    }

    @Override
    public void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.MigrationFailed || event instanceof MigrationEvent.LockTimedOut) {
            alarm = event;
        }
        delegate.event(event);
    }

    /** The failure to alert about, if the command had one. */
    public Optional<MigrationEvent> alarm() {
        return Optional.ofNullable(alarm);
    }
}
