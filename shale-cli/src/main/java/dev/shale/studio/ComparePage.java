package dev.shale.studio;

import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;
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
        List<String> production = project.productionEnvironments();
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
            Outcome<CompareChoice.Sides> sides = outcome.value().get().equal()
                    ? new Outcome<>(Optional.empty(), Optional.empty())
                    : Outcome.of(() -> choice.sides(source.get(), target.get()));
            body.append(report(outcome.value().get(), sides, source.get(), target.get(), production));
        }
        return Response.html(Layout.page("Compare", "/compare", production, body.toString()));
    }

    private static String report(ComparisonReport report, Outcome<CompareChoice.Sides> sides, String source,
                                 String target, List<String> production) {
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
        out.append("<label><input type=\"checkbox\" id=\"differences-only\" checked> differences only</label>")
                .append("</fieldset>");
        out.append(sides.problem().map(p -> Layout.notice("hint", "only the differences are shown: " + p)).orElse(""))
                .append(SideBySide.render(report, sides.value()));
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

}
