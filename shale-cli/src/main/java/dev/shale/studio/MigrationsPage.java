package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.compare.AppliedMigrations;
import dev.shale.compare.MigrationFinding;
import dev.shale.lint.Finding;
import dev.shale.lint.LintOptions;
import dev.shale.lint.LintReport;
import dev.shale.lint.Risk;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The migration directory: each migration's state on every environment (from its history, read on a
 * read-only session), its up and down SQL highlighted, and lint's findings and risk level (measured
 * on a throw-away dev database, as {@code shale lint} does).
 */
final class MigrationsPage implements Page {
    private final StudioProject project;
    /** Lint replays every migration on a dev database: its report is kept while shale.sum is unchanged. */
    private final Map<String, LintReport> lintBySum = new java.util.concurrent.ConcurrentHashMap<>();

    MigrationsPage(StudioProject project) {
        this.project = project;
    }

    @Override
    public Response render(Request request) {
        List<String> environments = project.environments();
        List<String> production = project.productionEnvironments();
        Shale shale = project.shale(Optional.empty());
        MigrationSet set = new MigrationDirectory().load(shale.environment().migrationsDir());
        StringBuilder body = new StringBuilder();
        List<MigrationScript> scripts = new java.util.ArrayList<>(set.versioned());
        scripts.addAll(set.repeatable());
        if (scripts.isEmpty()) {
            body.append(Layout.notice("empty", "No migrations in " + set.dir() + " yet: 'shale new NAME' creates one."));
            return Response.html(Layout.page("Migrations", "/migrations", production, body.toString()));
        }
        Map<String, Outcome<Map<String, String>>> states =
                Outcome.each(environments, name -> states(AppliedMigrations.read(project.environment(name))));
        Outcome<LintReport> lint = Outcome.of(() -> lint(shale, set));
        body.append("<p class=\"lead\">").append(Html.escape(set.dir().toString())).append("</p>");
        states.forEach((name, outcome) -> outcome.problem().ifPresent(p -> body.append(
                Layout.notice("error", name + ": " + p))));
        lint.problem().ifPresent(p -> body.append(Layout.notice("error", "lint could not run: " + p)));
        body.append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th scope=\"col\">version</th>"
                + "<th scope=\"col\">description</th><th scope=\"col\">risk</th>");
        environments.forEach(name -> body.append("<th scope=\"col\">")
                .append(Layout.environment(name, production.contains(name))).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (MigrationScript script : scripts) {
            body.append("<tr><td><a href=\"#").append(Html.escape(anchor(script))).append("\">")
                    .append(Html.escape(script.version().map(Object::toString).orElse("repeatable")))
                    .append("</a></td><td>").append(Html.escape(script.description())).append("</td><td>")
                    .append(risk(lint, script)).append("</td>");
            for (String name : environments) {
                Outcome<Map<String, String>> outcome = states.get(name);
                String state = outcome.value().map(m -> m.getOrDefault(script.script(), "applied")).orElse("unknown");
                body.append("<td><span class=\"state-chip chip-").append(state.replace(' ', '-')).append("\">")
                        .append(Html.escape(state)).append("</span></td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table></div>");
        for (MigrationScript script : scripts) {
            body.append(details(script, lint));
        }
        return Response.html(Layout.page("Migrations", "/migrations", production, body.toString()));
    }

    private LintReport lint(Shale shale, MigrationSet set) {
        String key = shale.environment().url().dialect().id() + "\n" + sumFile(set);
        LintReport cached = lintBySum.get(key);
        if (cached != null) {
            return cached;
        }
        LintReport report = shale.lint(new LintOptions(set.versioned().stream().map(MigrationScript::file).toList(),
                Optional.empty()));
        lintBySum.clear();
        lintBySum.put(key, report);
        return report;
    }

    private static String sumFile(MigrationSet set) {
        try {
            return java.nio.file.Files.readString(set.dir().resolve(dev.shale.migrate.files.SumFile.NAME));
        } catch (java.io.IOException e) {
            return ""; // MigrationDirectory.load has verified it; a race with an edit just misses the cache
        }
    }

    /** {@code m-0003} for a versioned migration, {@code m-R__views.sql} for a repeatable one. */
    private static String anchor(MigrationScript script) {
        return "m-" + script.version().map(Object::toString).orElse(script.script());
    }

    /** State by script name for the scripts that are not simply applied; the rest are applied. */
    private static Map<String, String> states(AppliedMigrations applied) {
        return applied.findings().stream().collect(Collectors.toMap(MigrationFinding::script,
                f -> f.kind().label().replace('_', ' '), (a, b) -> a));
    }

    private static String risk(Outcome<LintReport> lint, MigrationScript script) {
        if (script.repeatable()) {
            return "<span class=\"muted\">not linted</span>"; // lint measures versioned migrations only
        }
        if (lint.value().isEmpty()) {
            return "<span class=\"muted\">unknown</span>";
        }
        Optional<Risk> worst = findings(lint.value().get(), script).stream().map(f -> f.rule().risk())
                .max(Enum::compareTo);
        String label = worst.map(Risk::label).orElse("none");
        String css = worst.map(r -> r == Risk.HIGH ? "breaking" : r == Risk.MEDIUM ? "risky" : "safe").orElse("safe");
        return "<span class=\"badge badge-" + css + "\">" + label + "</span>";
    }

    private static List<Finding> findings(LintReport report, MigrationScript script) {
        return report.migrations().stream().filter(m -> m.script().equals(script.script()))
                .flatMap(m -> m.findings().stream()).toList();
    }

    private static String details(MigrationScript script, Outcome<LintReport> lint) {
        StringBuilder out = new StringBuilder("<section class=\"migration\" id=\"").append(Html.escape(anchor(script)))
                .append("\"><h2>").append(Html.escape(script.script())).append("</h2>");
        if (script.noTransaction()) {
            out.append("<p class=\"muted\">runs outside a transaction (shale:no-transaction)</p>");
        }
        lint.value().filter(report -> !script.repeatable()).ifPresent(report -> {
            List<Finding> findings = findings(report, script);
            if (findings.isEmpty()) {
                out.append("<p class=\"muted\">lint: no findings</p>");
            } else {
                out.append("<ul class=\"findings\">");
                for (Finding f : findings) {
                    out.append("<li><strong>").append(Html.escape(f.rule().id())).append("</strong> ")
                            .append(Html.escape(f.severity().label()))
                            .append(", risk ").append(f.rule().risk().label()).append(" (line ").append(f.line())
                            .append("): ").append(Html.escape(f.message()))
                            .append(f.approved() ? " <em>approved</em>" : "").append("</li>");
                }
                out.append("</ul>");
            }
        });
        out.append("<div class=\"sql-pair\"><div><h3>up</h3><pre class=\"sql\" tabindex=\"0\"><code>")
                .append(SqlHighlighter.highlight(script.up().sql().strip())).append("</code></pre></div><div><h3>down</h3>");
        if (script.down().isPresent()) {
            out.append("<pre class=\"sql\" tabindex=\"0\"><code>").append(SqlHighlighter.highlight(script.down().get().sql().strip()))
                    .append("</code></pre>");
        } else {
            out.append(Layout.notice("empty", "no down section: this migration cannot be rolled back"));
        }
        return out.append("</div></div></section>").toString();
    }
}
