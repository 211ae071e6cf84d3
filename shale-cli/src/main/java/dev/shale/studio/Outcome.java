package dev.shale.studio;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The result of one piece of a page that may fail on its own (an environment that cannot be
 * reached): the value, or the problem in words (passwords masked), so the rest of the page still renders.
 */
record Outcome<T>(Optional<T> value, Optional<String> problem) {

    static <T> Outcome<T> of(Supplier<T> work) {
        try {
            return new Outcome<>(Optional.of(work.get()), Optional.empty());
        } catch (ShaleException e) {
            return new Outcome<>(Optional.empty(), Optional.of(DatabaseUrl.redact(e.getMessage())));
        }
    }

    /** {@code work} for every key at the same time, each failing on its own; results in key order. */
    static <K, T> Map<K, Outcome<T>> each(List<K> keys, Function<K, T> work) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        // Threads of its own: the work waits on databases, which the common pool (one thread on two cores) must not.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(keys.size(), 8), runnable -> {
            Thread thread = new Thread(runnable, "shale-studio-environment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<K, CompletableFuture<Outcome<T>>> running = new LinkedHashMap<>();
            keys.forEach(k -> running.put(k, CompletableFuture.supplyAsync(() -> of(() -> work.apply(k)), pool)));
            Map<K, Outcome<T>> results = new LinkedHashMap<>();
            running.forEach((k, future) -> results.put(k, future.join()));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
