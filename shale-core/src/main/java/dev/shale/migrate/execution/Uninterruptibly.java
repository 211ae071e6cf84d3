package dev.shale.migrate.execution;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work on another thread that must end before the caller goes on (it holds a file or
 * a connection the caller uses next): an interrupt does not cut the wait short, and the thread's
 * interrupt status is set again afterwards.
 */
public final class Uninterruptibly {
    private Uninterruptibly() {
    }

    /** The result of {@code future}, or its failure as an {@link ExecutionException}. */
    public static <T> T get(Future<T> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
