package dev.shale.dialect.sqlite;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import java.util.Optional;

/**
 * What schema changes cost on a live SQLite table. ALTER TABLE only renames, adds and drops
 * columns (https://www.sqlite.org/lang_altertable.html); every other change to an existing
 * table is the documented twelve-step rebuild, which copies every row while holding the
 * database's one write lock.
 */
final class SqliteSafetyFacts implements SafetyFacts {
    private static final LockFact WRITE_LOCK = new LockFact("the database write lock", "all other writers");

    @Override
    public Optional<LockFact> lock(Change change) {
        return Optional.of(WRITE_LOCK);
    }

    @Override
    public Optional<TypeChange> typeChange(Column from, Column to) {
        if (from.type().equalsIgnoreCase(to.type())) {
            return Optional.empty();
        }
        // Type affinity converts stored values where it can and keeps the rest as they are.
        return Optional.of(new TypeChange(true, false, "SQLite changes a column's type by rebuilding the table"));
    }

    @Override
    public boolean rebuildsTable(Change change) {
        return change instanceof Change.AlterColumn || change instanceof Change.AddPrimaryKey
                || change instanceof Change.DropPrimaryKey || change instanceof Change.AddUnique
                || change instanceof Change.DropUnique || change instanceof Change.AddForeignKey
                || change instanceof Change.DropForeignKey || change instanceof Change.AddCheck
                || change instanceof Change.DropCheck || change instanceof Change.SetTableOptions;
    }

    /** Rough rates of SQLite on an SSD; estimates are order-of-magnitude only. */
    @Override
    public long bytesPerSecond(WorkKind kind) {
        return (kind == WorkKind.SCAN ? 100 : 30) * 1024L * 1024;
    }

    /** A rebuild and an index build both hold the database's one write lock while they read every row. */
    @Override
    public Optional<Work> work(Change change, String statement) {
        if (rebuildsTable(change)) {
            return Optional.of(new Work(WorkKind.REWRITE, true));
        }
        return change instanceof Change.AddIndex ? Optional.of(new Work(WorkKind.INDEX_BUILD, true)) : Optional.empty();
    }
}
