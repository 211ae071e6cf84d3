package dev.shale.model;

import java.util.List;

/**
 * A UNIQUE constraint (on MySQL and SQLite: a unique index created as a constraint).
 *
 * @param deferrable       when the constraint is checked (PostgreSQL); never null, NOT_DEFERRABLE by default
 * @param nullsNotDistinct PostgreSQL 15+ {@code UNIQUE NULLS NOT DISTINCT}: two NULLs count as equal
 */
public record UniqueConstraint(String name, List<String> columns, ForeignKey.Deferrable deferrable,
                               boolean nullsNotDistinct) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferrable = deferrable == null ? ForeignKey.Deferrable.NOT_DEFERRABLE : deferrable;
    }

    /** An immediate constraint under which NULLs are distinct, as on every database by default. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, ForeignKey.Deferrable.NOT_DEFERRABLE, false);
    }

    /** The same constraint over other columns (after a column rename). */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferrable, nullsNotDistinct);
    }
}
