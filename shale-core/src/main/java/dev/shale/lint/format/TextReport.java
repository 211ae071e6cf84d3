package dev.shale.lint.format;

import dev.shale.lint.Approval;
import dev.shale.lint.Estimate;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.MigrationLint;
import dev.shale.lint.Severity;

/** The report for people: one block per finding, then the gate and the counts. */
final class TextReport {
    private final ReportPaths paths;

    TextReport(ReportPaths paths) {
        this.paths = paths;
    }

    String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (MigrationLint migration : report.migrations()) {
            for (Finding finding : migration.findings()) {
                finding(out, finding);
            }
            for (Estimate estimate : migration.estimates()) {
                out.append(paths.of(migration.file())).append(':').append(estimate.line()).append(": estimate: ")
                        .append(EstimateLines.describe(estimate, report.estimates().orElseThrow())).append('\n');
            }
            for (Approval stale : migration.staleApprovals()) {
                out.append(paths.of(stale.file())).append(':').append(stale.line()).append(": stale approval of ")
                        .append(stale.ruleId()).append(": the rule does not fire here\n");
            }
        }
        report.estimates().ifPresent(b -> out.append(EstimateLines.heading(report, b)).append('\n'));
        out.append(Summary.line(report)).append('\n');
        return out.toString();
    }

    private void finding(StringBuilder out, Finding f) {
        String state = f.approved() ? "approved" : f.severity().label();
        out.append(paths.of(f.file())).append(':').append(f.line()).append(": ").append(f.rule().id()).append(' ')
                .append(state).append(" (risk ").append(f.rule().risk().label()).append("): ").append(f.message())
                .append('\n');
        if (!f.statement().isEmpty()) {
            out.append("    ").append(f.statement().replace("\n", "\n    ")).append('\n');
        }
        f.lock().ifPresent(lock -> out.append("    lock: ").append(lock).append('\n'));
        f.usedIn().forEach(r -> out.append("    used in: ").append(r.display()).append('\n'));
        f.approval().ifPresent(a -> out.append("    approved: \"").append(a.reason()).append("\" (line ")
                .append(a.line()).append(")\n"));
        if (!f.approved() && f.severity() != Severity.INFO) {
            out.append("    safe alternative: ").append(f.rule().safeAlternative()).append('\n');
        }
    }
}
