package dev.shale.compare.format;

import static dev.shale.compare.format.MarkdownText.escape;

import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.PendingMigration;
import dev.shale.compare.TableComparison;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as a pull-request comment: the summary first, then the breaking and risky
 * differences as a list, and the side-by-side tables, pending migrations and SQL folded in
 * {@code <details>}.
 */
final class MarkdownComparison {
    private final boolean withSql;

    MarkdownComparison(boolean withSql) {
        this.withSql = withSql;
    }

    String render(ComparisonReport r) {
        StringBuilder out = new StringBuilder();
        out.append("## Schema comparison: ").append(escape(r.source())).append(" → ").append(escape(r.target()))
                .append("\n\n**").append(escape(Headline.counts(r))).append("** (").append(escape(r.dialect()))
                .append(")\n");
        for (Classification c : List.of(Classification.BREAKING, Classification.RISKY)) {
            List<Difference> list = r.worstFirst().stream().filter(d -> d.classification() == c).toList();
            if (!list.isEmpty()) {
                out.append("\n### ").append(c == Classification.BREAKING ? "🔴 Breaking" : "🟠 Risky").append("\n\n");
                list.forEach(d -> out.append("- ").append(line(d)).append('\n'));
            }
        }
        if (!r.equal()) {
            out.append("\n<details><summary>Tables side by side</summary>\n");
            r.tables().forEach(t -> table(out, t, r));
            out.append("\n</details>\n");
        }
        r.pending().ifPresent(p -> pending(out, p, r));
        if (withSql && !r.equal()) {
            out.append("\n<details><summary>SQL that brings ").append(escape(r.target())).append(" to ")
                    .append(escape(r.source())).append("</summary>\n\n")
                    .append(MarkdownText.fenced("sql", r.sql().stream().map(s -> s + ";").toList()))
                    .append("\n</details>\n");
        }
        return out.toString();
    }

    private static String line(Difference d) {
        String findings = d.findings().stream().map(f -> f.rule() + ": " + f.message())
                .collect(Collectors.joining("; "));
        return "**" + escape(d.table()) + "** " + escape(d.object()) + " " + escape(d.name()) + " " + d.action()
                + (findings.isEmpty() ? "" : " — " + escape(findings));
    }

    private static void table(StringBuilder out, TableComparison t, ComparisonReport r) {
        out.append("\n#### ").append(escape(t.table())).append(" (").append(t.presence()).append(")\n\n")
                .append("| | object | name | ").append(escape(r.target())).append(" (target) | ")
                .append(escape(r.source())).append(" (source) |\n|---|---|---|---|---|\n");
        for (Difference d : t.differences()) {
            out.append("| ").append(d.classification().label()).append(" | ").append(escape(d.object()))
                    .append(" | ").append(escape(d.name())).append(" | ").append(escape(Headline.absent(d.target())))
                    .append(" | ").append(escape(Headline.absent(d.source()))).append(" |\n");
        }
    }

    private static void pending(StringBuilder out, List<PendingMigration> pending, ComparisonReport r) {
        out.append("\n<details><summary>Migrations applied on ").append(escape(r.source())).append(" and not on ")
                .append(escape(r.target())).append(": ").append(pending.size()).append("</summary>\n\n");
        if (pending.isEmpty()) {
            out.append("none\n");
        }
        pending.forEach(p -> out.append("- ").append(escape(p.version())).append(' ').append(escape(p.description()))
                .append(" (").append(escape(p.script())).append(")\n"));
        out.append("\n</details>\n");
    }
}
