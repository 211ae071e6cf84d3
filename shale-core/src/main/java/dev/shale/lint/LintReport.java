package dev.shale.lint;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code shale lint} found in every migration it read, and the gate that puts the change in.
 *
 * @param dialect    the database the migrations were measured on
 * @param migrations one result per linted migration, in version order
 * @param estimates  the environment statistics the duration estimates come from, when read
 */
public record LintReport(String dialect, List<MigrationLint> migrations, Optional<EstimateBasis> estimates) {
    public LintReport {
        migrations = List.copyOf(migrations);
    }

    /** A report without estimates. */
    public LintReport(String dialect, List<MigrationLint> migrations) {
        this(dialect, migrations, Optional.empty());
    }

    public Stream<Finding> findings() {
        return migrations.stream().flatMap(m -> m.findings().stream());
    }

    /** Findings of {@code severity} that no approval accepts. */
    public long open(Severity severity) {
        return findings().filter(f -> !f.approved() && f.severity() == severity).count();
    }

    public long approved() {
        return findings().filter(Finding::approved).count();
    }

    public long staleApprovals() {
        return migrations.stream().mapToLong(m -> m.staleApprovals().size()).sum();
    }

    /** Blocked when an unapproved finding blocks, needs approval when one needs it, else all clear. */
    public LintGate gate() {
        if (open(Severity.BLOCKED) > 0) {
            return LintGate.BLOCKED;
        }
        return open(Severity.NEEDS_APPROVAL) > 0 ? LintGate.NEEDS_APPROVAL : LintGate.CLEAR;
    }
}
