package dev.shale.model;

import java.util.List;

/**
 * A view or a materialized view (PostgreSQL).
 *
 * @param definition the SELECT as the database reports it, normalised by the dialect
 * @param comment    null when there is none
 * @param columns    the column names declared with the view ({@code CREATE VIEW v (a, b) AS …}),
 *                   where the database keeps them apart from the SELECT (SQLite); empty otherwise
 */
public record View(QualifiedName name, String definition, boolean materialized, String comment, List<String> columns) {

    public View {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A view whose column names come from its SELECT. */
    public View(QualifiedName name, String definition, boolean materialized, String comment) {
        this(name, definition, materialized, comment, List.of());
    }
}
