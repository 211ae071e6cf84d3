package dev.shale.compare.format;

import dev.shale.compare.ComparisonReport;
import java.util.function.UnaryOperator;

/**
 * The output formats of {@code shale compare}: text for a terminal, JSON for tools (documented in
 * docs/compare.md), Markdown for a pull-request comment, and one self-contained HTML file. Every
 * format is deterministic: the same comparison renders the same bytes.
 */
public enum CompareFormat {
    TEXT, JSON, MARKDOWN, HTML;

    /**
     * @param withSql   include the SQL that brings TARGET to SOURCE (JSON always has it)
     * @param breaking  how text marks breaking differences (red on a terminal); other formats ignore it
     */
    public String render(ComparisonReport report, boolean withSql, UnaryOperator<String> breaking) {
        return switch (this) {
            case TEXT -> new TextComparison(withSql, breaking).render(report);
            case JSON -> JsonComparison.render(report);
            case MARKDOWN -> new MarkdownComparison(withSql).render(report);
            case HTML -> new HtmlComparison(withSql).render(report);
        };
    }
}
