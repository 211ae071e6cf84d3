package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.compare.DriftDifference;
import dev.shale.compare.DriftReport;
import dev.shale.compare.EnvironmentDrift;
import dev.shale.compare.MigrationFinding;
import dev.shale.config.ShaleConfig;
import dev.shale.migrate.MigrationListener;
import dev.shale.migrate.history.HistoryEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every environment of the configuration as a card: where it is, its current version, the
 * migrations pending on it and whether it has drifted. The checks run in parallel through
 * {@link Shale#driftAll}; an environment that cannot be reached or checked shows why on its card.
 */
final class EnvironmentsPage implements Page {
    private final StudioProject project;

    EnvironmentsPage(StudioProject project) {
        this.project = project;
    }

    @Override
    public Response render(Request request) {
        ShaleConfig config = project.config();
        List<String> production = project.productionEnvironments();
        List<EnvironmentDrift> outcomes = Shale.driftAll(config, MigrationListener.SILENT);
        Map<String, Outcome<Optional<HistoryEntry>>> lastApplied = Outcome.each(outcomes.stream()
                .filter(o -> o.report().isPresent()).map(EnvironmentDrift::environment).toList(),
                name -> LastApplied.of(project.environment(name)));
        StringBuilder body = new StringBuilder("<p class=\"lead\">Each environment's live schema against its "
                + "applied migrations, read on read-only sessions.</p><div class=\"cards\">");
        for (EnvironmentDrift outcome : outcomes) {
            body.append(card(outcome, production.contains(outcome.environment()),
                    lastApplied.getOrDefault(outcome.environment(), Outcome.of(Optional::empty))));
        }
        body.append("</div>");
        if (outcomes.isEmpty()) {
            body.append(Layout.notice("empty", "shale.toml has no environments."));
        }
        return Response.html(Layout.page("Environments", "/", production, body.toString()));
    }

    private String card(EnvironmentDrift outcome, boolean production, Outcome<Optional<HistoryEntry>> lastApplied) {
        String name = outcome.environment();
        StringBuilder out = new StringBuilder("<section class=\"card status-")
                .append(outcome.status().name().toLowerCase(java.util.Locale.ROOT))
                .append("\" data-environment=\"").append(Html.escape(name)).append("\" aria-labelledby=\"env-")
                .append(Html.escape(name)).append("\"><h2 id=\"env-").append(Html.escape(name)).append("\">")
                .append(Layout.environment(name, production)).append("</h2>");
        location(name).ifPresent(l -> out.append("<p class=\"where\">").append(Html.escape(l)).append("</p>"));
        if (outcome.report().isEmpty()) {
            String label = outcome.status() == EnvironmentDrift.Status.UNREACHABLE ? "unreachable" : "not checked";
            out.append("<p class=\"state state-error\"><span class=\"badge badge-breaking\">").append(label)
                    .append("</span></p>")
                    .append(Layout.notice("error", outcome.problem().orElse("unknown problem")));
            return out.append("</section>").toString();
        }
        DriftReport report = outcome.report().get();
        List<MigrationFinding> pending = report.findings().stream()
                .filter(f -> f.kind() == MigrationFinding.Kind.PENDING).toList();
        out.append("<dl class=\"facts\"><dt>current version</dt><dd class=\"version\">")
                .append(Html.escape(report.appliedVersion().orElse("none applied"))).append("</dd>")
                .append("<dt>pending</dt><dd class=\"pending\">").append(pending.size())
                .append(pending.isEmpty() ? " (up to date)" : " (behind)").append("</dd>")
                .append("<dt>last applied</dt><dd class=\"last-applied\">")
                .append(Html.escape(lastApplied.value().map(e -> e.map(LastApplied::describe).orElse("never"))
                        .orElseGet(() -> "unknown: " + lastApplied.problem().orElse(""))))
                .append("</dd>")
                .append("<dt>drift</dt><dd class=\"drift\">")
                .append(report.drifted() ? "<span class=\"badge badge-breaking\">yes</span> " + report.driftCount()
                        + (report.driftCount() == 1 ? " difference" : " differences")
                        : "<span class=\"badge badge-safe\">no</span>")
                .append("</dd></dl>");
        if (!pending.isEmpty()) {
            out.append("<details><summary>pending migrations</summary><ul>");
            pending.forEach(p -> out.append("<li>").append(Html.escape(p.script())).append("</li>"));
            out.append("</ul></details>");
        }
        if (report.drifted()) {
            out.append("<ul class=\"drift-list\">");
            for (DriftDifference d : report.differences()) {
                out.append("<li>").append(Html.escape(d.description())).append("</li>");
            }
            report.findings().stream().filter(MigrationFinding::drift)
                    .forEach(f -> out.append("<li>").append(Html.escape(f.description())).append("</li>"));
            out.append("</ul>");
        }
        return out.append("</section>").toString();
    }

    /** Where the environment is, without password; empty when its URL cannot be resolved. */
    private Optional<String> location(String name) {
        try {
            return Optional.of(project.environment(name).url().display());
        } catch (dev.shale.ShaleException e) {
            return Optional.empty();
        }
    }
}
