package dev.shale.compare.format;

import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.PendingMigration;
import dev.shale.compare.RuleFinding;
import dev.shale.compare.TableComparison;
import java.util.List;

/**
 * The report as one self-contained HTML file to share: inline style, no script, no external
 * asset; every text from the schemas is escaped.
 */
final class HtmlComparison {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .6em;"
            + "text-align:left;vertical-align:top}code,pre{font-family:ui-monospace,monospace}"
            + "pre{background:#f6f6f6;padding:1em;overflow:auto}.breaking{background:#fde2e2;color:#a00}"
            + ".risky{background:#fff1d6}.safe{background:#e6f5e6}.finding{font-size:.9em;color:#555}";

    private final boolean withSql;

    HtmlComparison(boolean withSql) {
        this.withSql = withSql;
    }

    String render(ComparisonReport r) {
        StringBuilder out = new StringBuilder();
        String title = "Schema comparison: " + r.source() + " → " + r.target();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p><strong>").append(esc(Headline.counts(r)))
                .append("</strong> (").append(esc(r.dialect())).append(")</p>\n");
        r.tables().forEach(t -> table(out, t, r));
        r.pending().ifPresent(p -> pending(out, p, r));
        if (withSql && !r.equal()) {
            out.append("<h2>SQL that brings ").append(esc(r.target())).append(" to ").append(esc(r.source()))
                    .append("</h2>\n<pre><code>");
            r.sql().forEach(s -> out.append(esc(s)).append(";\n"));
            out.append("</code></pre>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder out, TableComparison t, ComparisonReport r) {
        out.append("<h2>").append(esc(t.table())).append(" <small>(").append(esc(t.presence()))
                .append(")</small></h2>\n<table>\n<tr><th></th><th>object</th><th>name</th><th>")
                .append(esc(r.target())).append(" (target)</th><th>").append(esc(r.source()))
                .append(" (source)</th></tr>\n");
        for (Difference d : t.differences()) {
            String cls = d.classification().label();
            out.append("<tr class=\"").append(cls).append("\"><td>").append(cls).append("</td><td>")
                    .append(esc(d.object())).append("</td><td>").append(esc(d.name())).append("</td><td>")
                    .append(esc(Headline.absent(d.target()))).append("</td><td>")
                    .append(esc(Headline.absent(d.source()))).append("</td></tr>\n");
            for (RuleFinding f : d.findings()) {
                out.append("<tr class=\"finding\"><td></td><td colspan=\"4\">").append(esc(f.rule())).append(": ")
                        .append(esc(f.message())).append("</td></tr>\n");
            }
        }
        out.append("</table>\n");
    }

    private static void pending(StringBuilder out, List<PendingMigration> pending, ComparisonReport r) {
        out.append("<h2>Migrations applied on ").append(esc(r.source())).append(" and not on ")
                .append(esc(r.target())).append(": ").append(pending.size()).append("</h2>\n<ul>\n");
        pending.forEach(p -> out.append("<li>").append(esc(p.version() + " " + p.description() + " (" + p.script()
                + ")")).append("</li>\n"));
        out.append("</ul>\n");
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
