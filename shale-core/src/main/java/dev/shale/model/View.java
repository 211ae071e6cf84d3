package dev.shale.model;

/**
 * A view or a materialized view (PostgreSQL).
 *
 * @param definition the SELECT as the database reports it, normalised by the dialect
 * @param comment    null when there is none
 */
public record View(QualifiedName name, String definition, boolean materialized, String comment) {
}
