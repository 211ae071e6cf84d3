package dev.shale.lint.format;

import dev.shale.lint.Approval;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.MigrationLint;
import dev.shale.lint.Severity;

/**
 * GitHub Actions workflow commands (https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions):
 * one annotation per finding on the migration's line; blocked is an error, needs approval a
 * warning, info and approved findings are notices.
 */
final class GithubReport {
    private final ReportPaths paths;

    GithubReport(ReportPaths paths) {
        this.paths = paths;
    }

    String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (MigrationLint migration : report.migrations()) {
            for (Finding f : migration.findings()) {
                String message = f.message() + (f.approved() ? " (approved: " + f.approval().get().reason() + ")"
                        : f.severity() == Severity.INFO ? "" : ". Safe alternative: " + f.rule().safeAlternative());
                annotation(out, command(f), paths.of(f.file()), f.line(), f.rule().id() + " " + f.rule().title(),
                        message);
            }
            for (Approval stale : migration.staleApprovals()) {
                annotation(out, "warning", paths.of(stale.file()), stale.line(), "stale approval of " + stale.ruleId(),
                        "the rule does not fire here; remove the approval");
            }
        }
        out.append(Summary.line(report)).append('\n');
        return out.toString();
    }

    private static String command(Finding f) {
        if (f.approved() || f.severity() == Severity.INFO) {
            return "notice";
        }
        return f.severity() == Severity.BLOCKED ? "error" : "warning";
    }

    private static void annotation(StringBuilder out, String command, String file, int line, String title,
                                   String message) {
        out.append("::").append(command).append(" file=").append(property(file)).append(",line=").append(line)
                .append(",title=").append(property(title)).append("::").append(data(message)).append('\n');
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
