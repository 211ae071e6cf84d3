package dev.shale.lint.format;

import dev.shale.lint.Approval;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.Severity;
import java.util.List;
import java.util.function.Predicate;

/** A pull-request comment: the verdict and counts first, then blocked, needs approval, info, approved. */
final class MarkdownReport {
    private final ReportPaths paths;

    MarkdownReport(ReportPaths paths) {
        this.paths = paths;
    }

    String render(LintReport report) {
        StringBuilder out = new StringBuilder("## Shale lint: ").append(report.gate().label()).append("\n\n");
        out.append("| migrations | blocked | needs approval | info | approved |\n|---|---|---|---|---|\n| ")
                .append(report.migrations().size()).append(" | ").append(report.open(Severity.BLOCKED)).append(" | ")
                .append(report.open(Severity.NEEDS_APPROVAL)).append(" | ").append(report.open(Severity.INFO))
                .append(" | ").append(report.approved()).append(" |\n");
        List<Finding> findings = report.findings().toList();
        section(out, "Blocked", findings, f -> !f.approved() && f.severity() == Severity.BLOCKED, true);
        section(out, "Needs approval", findings, f -> !f.approved() && f.severity() == Severity.NEEDS_APPROVAL, true);
        section(out, "Info", findings, f -> !f.approved() && f.severity() == Severity.INFO, false);
        section(out, "Approved", findings, Finding::approved, false);
        report.estimates().ifPresent(basis -> {
            out.append("\n### Estimates\n\n").append(EstimateLines.heading(report, basis)).append("\n\n");
            report.migrations().forEach(m -> m.estimates().forEach(e -> out.append("- `").append(paths.of(m.file()))
                    .append(':').append(e.line()).append("` ").append(EstimateLines.describe(e, basis)).append('\n')));
        });
        List<Approval> stale = report.migrations().stream().flatMap(m -> m.staleApprovals().stream()).toList();
        if (!stale.isEmpty()) {
            out.append("\n### Stale approvals\n\n");
            stale.forEach(a -> out.append("- `").append(paths.of(a.file())).append(':').append(a.line())
                    .append("` approves ").append(a.ruleId()).append(", which does not fire\n"));
        }
        return out.toString();
    }

    private void section(StringBuilder out, String title, List<Finding> all, Predicate<Finding> which,
                         boolean withFix) {
        List<Finding> findings = all.stream().filter(which).toList();
        if (findings.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n| rule | where | risk | what | ")
                .append(withFix ? "safe alternative" : "note").append(" |\n|---|---|---|---|---|\n");
        for (Finding f : findings) {
            String note = withFix ? f.rule().safeAlternative()
                    : f.approval().map(a -> "approved: " + a.reason()).orElse(f.lock().orElse(""));
            out.append("| ").append(f.rule().id()).append(" | `").append(paths.of(f.file())).append(':')
                    .append(f.line()).append("` | ").append(f.rule().risk().label()).append(" | ")
                    .append(cell(f.message() + usedIn(f))).append(" | ").append(cell(note)).append(" |\n");
        }
    }

    private static String usedIn(Finding f) {
        return f.usedIn().isEmpty() ? "" : "; used in " + String.join(", ", f.usedIn().stream()
                .map(r -> "`" + r.file().toString().replace('\\', '/') + ":" + r.line() + "`").toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
