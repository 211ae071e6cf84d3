package dev.shale.model;

import java.util.List;

/**
 * @param name the constraint name; null where the database does not name it (MySQL always
 *             calls it PRIMARY, SQLite has no name) — the dialect normalises that to null
 */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** The same key over other columns (after a column rename). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns);
    }
}
