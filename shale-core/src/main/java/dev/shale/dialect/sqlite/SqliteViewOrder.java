package dev.shale.dialect.sqlite;

import dev.shale.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders views so that each comes after the views its definition names, ties in name order.
 * A name counts when a word or quoted identifier of the definition matches a view's name
 * (ignoring ASCII case, as SQLite does).
 */
final class SqliteViewOrder {
    private final Map<String, View> byFoldedName = new LinkedHashMap<>();

    SqliteViewOrder(List<View> views) {
        views.forEach(v -> byFoldedName.put(SqliteSqlText.fold(v.name().name()), v));
    }

    List<View> ordered() {
        List<View> ordered = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        byFoldedName.keySet().forEach(name -> visit(name, visited, ordered));
        return ordered;
    }

    private void visit(String name, Set<String> visited, List<View> ordered) {
        if (!visited.add(name)) {
            return;
        }
        View view = byFoldedName.get(name);
        for (SqliteToken token : SqliteTokenizer.tokenize(view.definition())) {
            String referenced = token.isName() ? SqliteSqlText.fold(token.text()) : null;
            if (referenced != null && byFoldedName.containsKey(referenced)) {
                visit(referenced, visited, ordered);
            }
        }
        ordered.add(view);
    }
}
