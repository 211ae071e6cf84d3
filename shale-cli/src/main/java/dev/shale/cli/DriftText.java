package dev.shale.cli;

import dev.shale.compare.DriftDifference;
import dev.shale.compare.DriftReport;
import dev.shale.compare.EnvironmentDrift;
import dev.shale.compare.MigrationFinding;
import java.util.List;

/** The text output of {@code shale drift}: one report, or the summary table of {@code --all}. */
final class DriftText {
    private DriftText() {
    }

    static String headline(DriftReport report) {
        String applied = report.appliedVersion().map(v -> "applied up to " + v).orElse("no migration applied");
        if (!report.drifted()) {
            return "no drift: " + report.environment() + " (" + report.database() + ", " + applied
                    + ") matches its applied migrations";
        }
        int count = report.driftCount();
        return "drift: " + report.environment() + " (" + report.database() + ", " + applied + ") has " + count
                + (count == 1 ? " difference" : " differences") + " from its applied migrations";
    }

    static void report(Terminal terminal, DriftReport report) {
        terminal.println(headline(report));
        for (DriftDifference difference : report.differences()) {
            terminal.println("  " + difference.description());
        }
        for (MigrationFinding finding : report.findings()) {
            terminal.println((finding.drift() ? "  " : "  note: ") + finding.description());
        }
    }

    static void summary(Terminal terminal, List<EnvironmentDrift> outcomes) {
        TextTable table = new TextTable("ENVIRONMENT", "REACHABLE", "APPLIED", "DRIFT", "DIFFERENCES");
        for (EnvironmentDrift outcome : outcomes) {
            DriftReport report = outcome.report().orElse(null);
            table.row(outcome.environment(),
                    outcome.status() == EnvironmentDrift.Status.UNREACHABLE ? "no" : "yes",
                    report == null ? "" : report.appliedVersion().orElse("-"),
                    switch (outcome.status()) {
                        case CLEAN -> "no";
                        case DRIFTED -> "yes";
                        case UNREACHABLE, FAILED -> "unknown";
                    },
                    report == null ? "" : Integer.toString(report.driftCount()));
        }
        table.print(terminal);
        for (EnvironmentDrift outcome : outcomes) {
            if (outcome.status() == EnvironmentDrift.Status.DRIFTED) {
                terminal.println("");
                report(terminal, outcome.report().orElseThrow());
            } else if (outcome.problem().isPresent()) {
                terminal.println("");
                terminal.println(outcome.environment() + ": " + outcome.status().name().toLowerCase(java.util.Locale.ROOT)
                        + ": " + outcome.problem().get());
            }
        }
    }
}
