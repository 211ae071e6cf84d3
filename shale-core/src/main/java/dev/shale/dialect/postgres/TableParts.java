package dev.shale.dialect.postgres;

import dev.shale.model.UnmanagedObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraints and indexes of the inspected schemas by table oid, read apart from the tables
 * (on a second session, while the first reads tables and columns) and added to the table drafts
 * afterwards. Parts of relations that are not drafted tables (partitions, tables of extensions)
 * are dropped then, as the readers did when they looked each table up.
 */
final class TableParts {
    private final Map<Long, TableDraft> byTable = new HashMap<>();
    /** Found without a table to belong to: indexes on materialized views. */
    final List<UnmanagedObject> unmanaged = new ArrayList<>();

    /** The parts of one table, collected in a nameless draft. */
    TableDraft of(long table) {
        return byTable.computeIfAbsent(table, oid -> new TableDraft(null, null, null));
    }

    void addTo(Map<Long, TableDraft> drafts, List<UnmanagedObject> unmanagedObjects) {
        byTable.forEach((oid, parts) -> {
            TableDraft table = drafts.get(oid);
            if (table != null) {
                table.take(parts, unmanagedObjects);
            }
        });
        unmanagedObjects.addAll(unmanaged);
    }
}
