package dev.shale.impact;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code shale impact} found: for each table and column the migrations drop, rename or
 * change, the application lines that use it.
 *
 * @param sourceDir  the directory that was searched
 * @param migrations the migrations read, in version order
 * @param changes    the changes that can break code, in migration and statement order
 */
public record ImpactReport(Path sourceDir, List<String> migrations, List<ImpactedChange> changes) {
    public ImpactReport {
        migrations = List.copyOf(migrations);
        changes = List.copyOf(changes);
    }

    /** True when some source line uses something the migrations break: exit 1. */
    public boolean referenced() {
        return changes.stream().anyMatch(c -> !c.references().isEmpty());
    }

    public long referenceCount() {
        return changes.stream().mapToLong(c -> c.references().size()).sum();
    }

    /** The exit code: 0 when no code uses what changes, 1 when some does. */
    public int exitCode() {
        return referenced() ? 1 : 0;
    }
}
