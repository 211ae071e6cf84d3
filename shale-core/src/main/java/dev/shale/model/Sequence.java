package dev.shale.model;

/**
 * A standalone sequence (PostgreSQL, MariaDB). Sequences owned by identity or serial columns
 * are not listed: the column's {@link Column.Identity} or default stands for them.
 *
 * @param dataType canonical type ({@code bigint} by default)
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue,
                       long maxValue, long cache, boolean cycle) {
}
