package dev.shale.model;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Deterministic order for model lists, so that equal schemas are equal records. */
final class Ordering {
    private Ordering() {
    }

    static <T, K extends Comparable<? super K>> List<T> sorted(List<T> items, Function<T, K> key) {
        return items == null ? List.of()
                : items.stream().sorted(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList();
    }

    static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
