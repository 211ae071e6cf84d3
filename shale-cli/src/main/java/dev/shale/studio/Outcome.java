package dev.shale.studio;

import dev.shale.ShaleException;
import dev.shale.db.DatabaseUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
        Map<K, CompletableFuture<Outcome<T>>> running = new LinkedHashMap<>();
        keys.forEach(k -> running.put(k, CompletableFuture.supplyAsync(() -> of(() -> work.apply(k)))));
        Map<K, Outcome<T>> results = new LinkedHashMap<>();
        running.forEach((k, future) -> results.put(k, future.join()));
        return results;
    }
}
