package dev.shale.migrate.events;

import dev.shale.migrate.MigrationEvent;
import dev.shale.migrate.MigrationListener;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Passes every line and event on, and raises an alert while the migration lock is still being
 * waited for: once a wait has lasted {@code after}, {@code alert} runs on a background thread,
 * so the migration never waits for a webhook (a slow or failing one included). A lock taken, or a
 * wait given up, before then cancels it. {@link #close()} never waits for an alert under way.
 */
public final class LockWaitAlarm implements MigrationListener, AutoCloseable {
    private final MigrationListener delegate;
    private final Duration after;
    private final Consumer<MigrationEvent.LockWaiting> alert;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;

    /** {@code after} zero turns the alert off. */
    public LockWaitAlarm(MigrationListener delegate, Duration after, Consumer<MigrationEvent.LockWaiting> alert) {
        this.delegate = delegate;
        this.after = after;
        this.alert = alert;
    }

    @Override
    public void progress(String line) {
        delegate.progress(line);
    }

    @Override
    public synchronized void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.LockWaiting waiting && !after.isZero() && pending == null) {
            pending = timer().schedule(() -> alert.accept(waiting), after.toMillis(), TimeUnit.MILLISECONDS);
        } else if (event instanceof MigrationEvent.LockAcquired || event instanceof MigrationEvent.LockTimedOut) {
            cancel();
        }
        delegate.event(event);
    }

    @Override
    public synchronized void close() {
        cancel();
        if (timer != null) {
            timer.shutdown();
        }
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "shale-lock-wait-alert");
                thread.setDaemon(true);
                return thread;
            });
        }
        return timer;
    }
}
