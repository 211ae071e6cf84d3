package dev.shale.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * The lint result of one migration.
 *
 * @param file           the migration file
 * @param findings       what the rules found, approved or not, in statement order
 * @param staleApprovals approvals in the file for rules that did not fire
 */
public record MigrationLint(Path file, List<Finding> findings, List<Approval> staleApprovals) {
    public MigrationLint {
        findings = List.copyOf(findings);
        staleApprovals = List.copyOf(staleApprovals);
    }

    /** The file name, as reports show it. */
    public String script() {
        return file.getFileName().toString();
    }
}
