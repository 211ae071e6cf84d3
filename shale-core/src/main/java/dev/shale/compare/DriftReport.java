package dev.shale.compare;

import java.util.List;
import java.util.Optional;

/**
 * The drift of one environment: how its live schema differs from what its applied migrations
 * produce, and where its history and the migration directory disagree. Holds no credentials.
 *
 * @param environment    the environment's name
 * @param database       where it is, without password ({@code DatabaseUrl.display()})
 * @param appliedVersion the newest migration version applied there
 * @param differences    live against expected, one per object
 * @param findings       history against directory; pending migrations are listed but are not drift
 */
public record DriftReport(String environment, String database, Optional<String> appliedVersion,
                          List<DriftDifference> differences, List<MigrationFinding> findings) {

    public DriftReport {
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
    }

    /** True when the live schema or the history no longer matches the migration directory. */
    public boolean drifted() {
        return !differences.isEmpty() || findings.stream().anyMatch(MigrationFinding::drift);
    }

    /** Schema differences plus history findings that count as drift. */
    public int driftCount() {
        return differences.size() + (int) findings.stream().filter(MigrationFinding::drift).count();
    }
}
