package dev.shale.desired;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.Plan;
import java.util.List;

/**
 * What it takes to turn one schema into another: the changes, the statements both ways, and
 * the possible renames that were kept as drop + add.
 *
 * @param up   the statements from {@code from} to {@code to}
 * @param down the statements back; when {@link #destructive()}, they restore the structure only
 */
public record SchemaChange(String fromLabel, String toLabel, DatabaseSchema from, DatabaseSchema to,
                           RenameHints renames, ChangeSet changes, Plan up, Plan down,
                           List<RenameCandidate> unresolvedRenames) {

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when the up direction drops data that the down direction cannot bring back. */
    public boolean destructive() {
        return changes.changes().stream().anyMatch(c -> c instanceof Change.DropTable || c instanceof Change.DropColumn);
    }
}
