package dev.shale.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * The lint result of one migration.
 *
 * @param file           the migration file
 * @param findings       what the rules found, approved or not, in statement order
 * @param staleApprovals approvals in the file for rules that did not fire
 * @param estimates      how long its rewrites, scans and index builds take on the environment's tables
 *                       (empty unless lint read an environment's statistics)
 */
public record MigrationLint(Path file, List<Finding> findings, List<Approval> staleApprovals,
                            List<Estimate> estimates) {
    public MigrationLint {
        findings = List.copyOf(findings);
        staleApprovals = List.copyOf(staleApprovals);
        estimates = List.copyOf(estimates);
    }

    /** A result without estimates. */
    public MigrationLint(Path file, List<Finding> findings, List<Approval> staleApprovals) {
        this(file, findings, staleApprovals, List.of());
    }

    /** The file name, as reports show it. */
    public String script() {
        return file.getFileName().toString();
    }
}
