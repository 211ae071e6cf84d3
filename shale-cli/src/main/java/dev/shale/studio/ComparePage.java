package dev.shale.studio;

import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.RuleFinding;
import dev.shale.compare.TableComparison;
import java.util.List;
import java.util.Optional;

/**
 * Compare: choose SOURCE and TARGET, then see per table, side by side, what promoting SOURCE to
 * TARGET changes; breaking differences red, risky amber, safe green; the SQL that brings TARGET to
 * SOURCE with a copy button; and the Markdown and HTML reports of {@code shale compare} to download.
 */
final class ComparePage implements Page {
    private final StudioProject project;

    ComparePage(StudioProject project) {
        this.project = project;
    }

    @Override
    public Response render(Request request) {
        List<String> production = project.environments().stream().filter(project::production).toList();
        CompareChoice choice = new CompareChoice(project);
        List<String[]> options = choice.options();
        Optional<String> source = request.parameter("source");
        Optional<String> target = request.parameter("target");
        StringBuilder body = new StringBuilder("<form class=\"choose\" method=\"get\" action=\"/compare\">")
                .append(Layout.select("source", "Source (promoted)", options, source.orElse(options.get(0)[0])))
                .append(Layout.select("target", "Target", options, target.orElse(
                        options.get(Math.min(1, options.size() - 1))[0])))
                .append("<button type=\"submit\">Compare</button></form>");
        if (source.isEmpty() || target.isEmpty()) {
            body.append(Layout.notice("empty", "Choose what is promoted (source) and where (target), then Compare."));
            return Response.html(Layout.page("Compare", "/compare", production, body.toString()));
        }
        Outcome<ComparisonReport> outcome = Outcome.of(() -> choice.compare(source.get(), target.get()));
        if (outcome.problem().isPresent()) {
            body.append(Layout.notice("error", "cannot compare: " + outcome.problem().get()));
        } else {
            body.append(report(outcome.value().get(), source.get(), target.get(), production));
        }
        return Response.html(Layout.page("Compare", "/compare", production, body.toString()));
    }

    private static String report(ComparisonReport report, String source, String target, List<String> production) {
        String query = "?source=" + Html.query(source) + "&amp;target=" + Html.query(target);
        StringBuilder out = new StringBuilder("<p class=\"lead\">Promoting <strong>")
                .append(Html.escape(report.source())).append("</strong>").append(prod(source, production))
                .append(" to <strong>").append(Html.escape(report.target())).append("</strong>")
                .append(prod(target, production)).append(" (").append(Html.escape(report.dialect()))
                .append("). <a href=\"/compare/report.md").append(query).append("\">Markdown report</a> · ")
                .append("<a href=\"/compare/report.html").append(query).append("\">HTML report</a></p>");
        if (report.equal()) {
            return out.append(Layout.notice("empty", "No differences: the two schemas are the same.")).toString();
        }
        out.append("<p class=\"summary\">")
                .append(count(report, Classification.BREAKING)).append(count(report, Classification.RISKY))
                .append(count(report, Classification.SAFE)).append("</p>")
                .append("<fieldset class=\"filter\"><legend>Show</legend>");
        for (Classification c : Classification.values()) {
            out.append("<label><input type=\"checkbox\" class=\"filter-toggle\" value=\"").append(c.label())
                    .append("\" checked> ").append(c.label()).append("</label> ");
        }
        out.append("</fieldset>");
        for (TableComparison table : report.tables()) {
            out.append(table(table));
        }
        out.append("<section class=\"sql-block\"><h2>SQL that brings the target to the source</h2>")
                .append("<button type=\"button\" class=\"copy\" data-copy=\"compare-sql\">Copy SQL</button> ")
                .append("<span id=\"copy-status\" role=\"status\" aria-live=\"polite\"></span>")
                .append("<pre class=\"sql\" id=\"compare-sql\" tabindex=\"0\"><code>")
                .append(SqlHighlighter.highlight(String.join("\n", report.sql()))).append("</code></pre>");
        if (!report.notes().isEmpty()) {
            out.append("<ul class=\"notes\">");
            report.notes().forEach(n -> out.append("<li>").append(Html.escape(n)).append("</li>"));
            out.append("</ul>");
        }
        return out.append("</section>").toString();
    }

    private static String prod(String choice, List<String> production) {
        return production.contains(choice) ? " " + Layout.PRODUCTION_BADGE : "";
    }

    private static String count(ComparisonReport report, Classification c) {
        return "<span class=\"badge badge-" + c.label() + "\">" + report.count(c) + " " + c.label() + "</span> ";
    }

    private static String table(TableComparison table) {
        StringBuilder out = new StringBuilder("<section class=\"table-cmp\" data-worst=\"")
                .append(table.worst().label()).append("\"><h2>").append(Html.escape(table.table()))
                .append(" <span class=\"muted\">(").append(Html.escape(table.presence())).append(")</span></h2>")
                .append("<div class=\"scroll\"><table class=\"grid side-by-side\"><thead><tr>")
                .append("<th scope=\"col\">object</th><th scope=\"col\">target now</th>")
                .append("<th scope=\"col\">source (after promotion)</th><th scope=\"col\">change</th></tr></thead><tbody>");
        for (Difference d : table.differences()) {
            String label = d.classification().label();
            out.append("<tr class=\"diff diff-").append(label).append("\" data-classification=\"").append(label)
                    .append("\" data-object=\"").append(Html.escape(d.object())).append("\" data-name=\"")
                    .append(Html.escape(d.name())).append("\"><th scope=\"row\">").append(Html.escape(d.object()))
                    .append(' ').append(Html.escape(d.name())).append("</th><td>")
                    .append(d.target().isEmpty() ? "<span class=\"muted\">—</span>" : "<code>"
                            + Html.escape(d.target()) + "</code>")
                    .append("</td><td>")
                    .append(d.source().isEmpty() ? "<span class=\"muted\">—</span>" : "<code>"
                            + Html.escape(d.source()) + "</code>")
                    .append("</td><td><span class=\"badge badge-").append(label).append("\">").append(label)
                    .append("</span> ").append(Html.escape(d.action()));
            for (RuleFinding f : d.findings()) {
                out.append("<div class=\"finding\">").append(Html.escape(f.rule())).append(": ")
                        .append(Html.escape(f.message())).append("</div>");
            }
            out.append("</td></tr>");
        }
        return out.append("</tbody></table></div></section>").toString();
    }
}
