package dev.shale.diff;

import java.util.List;

/**
 * The changes that turn one schema into another, in an order that a database can execute:
 * dependents are dropped before what they depend on and created after it.
 */
public record ChangeSet(List<Change> changes) {
    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
