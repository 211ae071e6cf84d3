package dev.shale.dialect.mysql;

import dev.shale.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Orders views so that each comes after the views it selects from. MariaDB before 11 has no
 * VIEW_TABLE_USAGE, so a dependency is read from the normalised definition: view A uses view B
 * when A's definition contains B's quoted name (the server writes every name quoted). A false
 * match only moves a view later; ties keep name order.
 */
final class MysqlViewOrder {
    private final UnaryOperator<String> quote;

    MysqlViewOrder(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    List<View> order(List<View> views) {
        Map<String, View> pending = new LinkedHashMap<>();
        views.forEach(v -> pending.put(v.name().name(), v));
        List<View> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            View next = pending.values().stream().filter(v -> !usesAnyOf(v, pending)).findFirst()
                    // only a false match can make a cycle (real view cycles cannot exist): keep name order
                    .orElse(pending.values().iterator().next());
            ordered.add(next);
            pending.remove(next.name().name());
        }
        return ordered;
    }

    private boolean usesAnyOf(View view, Map<String, View> others) {
        return others.keySet().stream().anyMatch(name -> !name.equals(view.name().name())
                && view.definition().contains(quote.apply(name)));
    }
}
