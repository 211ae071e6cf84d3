package dev.shale.dialect.postgres;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.PrimaryKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.model.UnmanagedObject;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A table while the inspector fills it from several catalog queries (one per object kind),
 * keyed by the table's oid; {@link #build()} turns it into the immutable model.
 */
final class TableDraft {
    final QualifiedName name;
    final String comment;
    final SortedMap<String, String> options;
    final List<Column> columns = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    /** Names of exclusion constraints, which the model does not cover: reported as unmanaged. */
    final List<String> exclusions = new ArrayList<>();
    PrimaryKey primaryKey;

    TableDraft(QualifiedName name, String comment, SortedMap<String, String> options) {
        this.name = name;
        this.comment = comment;
        this.options = options;
    }

    /**
     * Takes the constraints and indexes read apart into {@code parts}; exclusion constraints
     * go to {@code unmanaged}.
     */
    void take(TableDraft parts, List<UnmanagedObject> unmanaged) {
        if (parts.primaryKey != null) {
            primaryKey = parts.primaryKey;
        }
        uniques.addAll(parts.uniques);
        foreignKeys.addAll(parts.foreignKeys);
        checks.addAll(parts.checks);
        indexes.addAll(parts.indexes);
        for (String exclusion : parts.exclusions) {
            unmanaged.add(new UnmanagedObject("exclusion constraint", QualifiedName.of(name.schema(), exclusion),
                    name));
        }
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment, options);
    }
}
