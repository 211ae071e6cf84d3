package dev.shale.dialect.sqlite;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The views a plan must drop and create again because they name a rebuilt table, directly or
 * through another view, and the change set keeps them. SQLite checks every view when a table
 * is renamed, and the rebuild renames its new table while the old one is gone: a view that
 * names it would fail that statement ("error in view …: no such table").
 */
final class SqliteRebuiltViews {
    private SqliteRebuiltViews() {
    }

    /**
     * @param rebuilt    the rebuilt tables, by the names they have before and after the plan
     * @param recreated  views the change set already drops
     * @return the views to drop first and create again last, in name order
     */
    static List<View> affected(DatabaseSchema from, Collection<QualifiedName> rebuilt, Set<QualifiedName> recreated) {
        List<String> names = new ArrayList<>(rebuilt.stream().map(QualifiedName::name).toList());
        List<View> affected = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View view : from.views()) {
                boolean mentions = names.stream().anyMatch(n -> SqliteSqlText.mentions(view.definition(), n));
                if (mentions && !recreated.contains(view.name()) && !affected.contains(view)) {
                    affected.add(view);
                    names.add(view.name().name());
                    grew = true;
                }
            }
        }
        return affected;
    }
}
