package dev.shale.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Deterministic order for model lists, so that equal schemas are equal records. */
final class Ordering {
    private Ordering() {
    }

    /**
     * A sorted, unmodifiable copy (a stable sort; null keys first). Every record of a schema
     * sorts a few lists, thousands of times for a large one: an empty or single-element list
     * needs no sort, and a plain list sort costs far less than a stream in a short-lived JVM.
     */
    static <T, K extends Comparable<? super K>> List<T> sorted(List<T> items, Function<T, K> key) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(items);
        if (copy.size() > 1) {
            copy.sort(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return Collections.unmodifiableList(copy);
    }

    static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
