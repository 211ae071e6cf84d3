package dev.shale.lint.format;

import dev.shale.lint.LintReport;
import java.nio.file.Path;

/**
 * The output formats of {@code shale lint}: text for people, JSON for tools, SARIF 2.1.0 for code
 * scanning, GitHub workflow annotations, and Markdown for a pull-request comment. File paths are
 * written relative to {@code baseDir} (the directory the command runs in, normally the repository).
 */
public enum LintFormat {
    TEXT, JSON, SARIF, GITHUB, MARKDOWN;

    public String render(LintReport report, Path baseDir) {
        ReportPaths paths = new ReportPaths(baseDir);
        return switch (this) {
            case TEXT -> new TextReport(paths).render(report);
            case JSON -> new JsonReport(paths).render(report);
            case SARIF -> new SarifReport(paths).render(report);
            case GITHUB -> new GithubReport(paths).render(report);
            case MARKDOWN -> new MarkdownReport(paths).render(report);
        };
    }
}
