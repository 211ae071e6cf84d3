package dev.shale.dialect.postgres;

import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Orders views (materialized or not) so that each comes after the views it selects from.
 *
 * <p>The model keeps a view's definition as PostgreSQL deparses it, where every relation is
 * schema-qualified (the inspector reads with {@code search_path = pg_catalog}); a view depends
 * on another when the other's qualified name appears in its definition. A false match only
 * adds an ordering constraint; views caught in a cycle (which PostgreSQL cannot create) keep
 * their name order at the end.
 */
final class PostgresViewOrder {
    private final PostgresNames names;

    PostgresViewOrder(PostgresNames names) {
        this.names = names;
    }

    List<View> order(List<View> views) {
        Map<QualifiedName, Pattern> references = new LinkedHashMap<>();
        views.forEach(view -> references.put(view.name(), reference(view.name())));
        List<View> ordered = new ArrayList<>();
        List<View> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            View next = pending.stream()
                    .filter(view -> pending.stream().noneMatch(other -> other != view
                            && references.get(other.name()).matcher(view.definition()).find()))
                    .findFirst().orElse(pending.get(0));
            ordered.add(next);
            pending.remove(next);
        }
        return ordered;
    }

    private Pattern reference(QualifiedName name) {
        List<String> alternatives = new ArrayList<>();
        for (String schema : names.spellings(name.schema())) {
            for (String relation : names.spellings(name.name())) {
                alternatives.add(Pattern.quote(schema + "." + relation));
            }
        }
        return Pattern.compile("(?<![\\w$\".])(" + String.join("|", alternatives) + ")(?![\\w$\"])");
    }
}
