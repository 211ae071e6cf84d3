package dev.shale.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table. Columns keep their ordinal order (it is visible to {@code SELECT *}); constraints
 * and indexes are sorted by name. Indexes that only implement a primary key or unique
 * constraint are not listed here: the constraint stands for them.
 *
 * @param primaryKey null when the table has none
 * @param comment    null when there is none
 * @param options    dialect table options that matter, by lower-case key: {@code engine},
 *                   {@code charset}, {@code collation} (MySQL); {@code without_rowid},
 *                   {@code strict} (SQLite, value "true"); {@code unlogged},
 *                   {@code row_level_security}, {@code force_row_level_security} (PostgreSQL, value "true")
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes,
                    String comment, SortedMap<String, String> options) {

    public Table {
        columns = Ordering.copy(columns);
        uniques = Ordering.sorted(uniques, UniqueConstraint::name);
        foreignKeys = Ordering.sorted(foreignKeys, ForeignKey::name);
        checks = Ordering.sorted(checks, CheckConstraint::name);
        indexes = Ordering.sorted(indexes, Index::name);
        options = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(options == null ? new TreeMap<>() : options));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
