package dev.shale.lint.format;

import dev.shale.lint.LintReport;
import dev.shale.lint.Severity;

/** The one-line verdict every format shows: gate, then the counts. */
final class Summary {
    private Summary() {
    }

    static String line(LintReport report) {
        return report.gate().label() + ": " + report.migrations().size() + " migration(s), "
                + report.open(Severity.BLOCKED) + " blocked, " + report.open(Severity.NEEDS_APPROVAL)
                + " need approval, " + report.open(Severity.INFO) + " info, " + report.approved() + " approved"
                + (report.staleApprovals() > 0 ? ", " + report.staleApprovals() + " stale approval(s)" : "");
    }
}
