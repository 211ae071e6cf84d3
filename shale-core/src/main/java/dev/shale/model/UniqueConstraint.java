package dev.shale.model;

import java.util.List;

/** A UNIQUE constraint (on MySQL and SQLite: a unique index created as a constraint). */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
