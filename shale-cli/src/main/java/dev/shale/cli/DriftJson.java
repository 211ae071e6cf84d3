package dev.shale.cli;

import dev.shale.compare.DriftDifference;
import dev.shale.compare.DriftReport;
import dev.shale.compare.EnvironmentDrift;
import dev.shale.compare.MigrationFinding;
import java.util.List;

/**
 * The JSON of {@code shale drift}, documented in docs/drift.md. Field names and order are part
 * of the contract: CI scripts read them.
 */
final class DriftJson {
    private DriftJson() {
    }

    /** One environment: {@code status} is clean, drifted, unreachable or failed. */
    record Environment(String environment, String status, boolean reachable, String database,
                       String appliedVersion, boolean drifted, int differenceCount, String problem,
                       List<Difference> differences, List<Migration> migrations) {
    }

    record Difference(String kind, String object, String name, String description) {
        static Difference of(DriftDifference d) {
            return new Difference(d.kind().label(), d.object(), d.name(), d.description());
        }
    }

    /** A history / directory disagreement; {@code drift} is false for pending migrations. */
    record Migration(String kind, String version, String script, boolean drift, String description) {
        static Migration of(MigrationFinding f) {
            return new Migration(f.kind().label(), f.version(), f.script(), f.drift(), f.description());
        }
    }

    /** {@code drift --all}: {@code drifted} is true when any environment drifted or could not be checked. */
    record Sweep(boolean drifted, List<Environment> environments) {
    }

    static Environment of(EnvironmentDrift outcome) {
        String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
        boolean reachable = outcome.status() != EnvironmentDrift.Status.UNREACHABLE;
        if (outcome.report().isEmpty()) {
            return new Environment(outcome.environment(), status, reachable, null, null, false, 0,
                    outcome.problem().orElse(null), List.of(), List.of());
        }
        DriftReport report = outcome.report().get();
        return new Environment(report.environment(), status, reachable, report.database(),
                report.appliedVersion().orElse(null), report.drifted(), report.driftCount(), null,
                report.differences().stream().map(Difference::of).toList(),
                report.findings().stream().map(Migration::of).toList());
    }

    static Sweep of(List<EnvironmentDrift> outcomes) {
        return new Sweep(outcomes.stream().anyMatch(o -> o.status().alarming()),
                outcomes.stream().map(DriftJson::of).toList());
    }
}
