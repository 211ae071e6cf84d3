package dev.shale.studio;

import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.RuleFinding;
import dev.shale.compare.TableComparison;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The compare page's tables: per table, each column (and other object) as the target has it now
 * and as the source has it, a difference coloured by its classification, what is the same in plain
 * rows ({@code tr.same}) that the "differences only" filter hides. Tables that differ come first,
 * worst first, as {@code shale compare} orders them; tables the same on both sides follow.
 */
final class SideBySide {
    private SideBySide() {
    }

    /** @param sides both schemas, when they could be loaded; without them only differences are shown */
    static String render(ComparisonReport report, Optional<CompareChoice.Sides> sides) {
        Map<String, Table> target = byName(sides.map(CompareChoice.Sides::target));
        Map<String, Table> source = byName(sides.map(CompareChoice.Sides::source));
        StringBuilder out = new StringBuilder();
        for (TableComparison table : report.tables()) {
            Set<String> differingColumns = table.differences().stream().filter(d -> d.object().equals("column"))
                    .map(Difference::name).collect(Collectors.toSet());
            out.append(open(table.table(), table.presence(), table.worst().label(), false));
            table.differences().forEach(d -> out.append(difference(d)));
            sameColumns(target.get(table.table()), source.get(table.table()), differingColumns)
                    .forEach(c -> out.append(same(c)));
            out.append(CLOSE);
        }
        Set<String> differing = report.tables().stream().map(TableComparison::table).collect(Collectors.toSet());
        for (Map.Entry<String, Table> entry : target.entrySet()) {
            Table other = source.get(entry.getKey());
            if (other != null && !differing.contains(entry.getKey())) {
                out.append(open(entry.getKey(), "same on both sides", "same", true));
                sameColumns(entry.getValue(), other, Set.of()).forEach(c -> out.append(same(c)));
                out.append(CLOSE);
            }
        }
        return out.toString();
    }

    private static final String CLOSE = "</tbody></table></div></section>";

    private static Map<String, Table> byName(Optional<DatabaseSchema> schema) {
        Map<String, Table> tables = new LinkedHashMap<>();
        schema.ifPresent(s -> s.tables().forEach(t -> tables.put(t.name().toString(), t)));
        return tables;
    }

    /** Columns both sides have alike, in the target's order. */
    private static List<Column> sameColumns(Table target, Table source, Set<String> differing) {
        if (target == null || source == null) {
            return List.of();
        }
        return target.columns().stream().filter(c -> !differing.contains(c.name()))
                .filter(c -> source.column(c.name()).filter(c::equals).isPresent()).toList();
    }

    private static String open(String table, String presence, String worst, boolean same) {
        return "<section class=\"table-cmp" + (same ? " same" : "") + "\" data-table=\"" + Html.escape(table)
                + "\" data-worst=\"" + worst + "\"><h2>" + Html.escape(table) + " <span class=\"muted\">("
                + Html.escape(presence) + ")</span></h2><div class=\"scroll\"><table class=\"grid side-by-side\">"
                + "<thead><tr><th scope=\"col\">object</th><th scope=\"col\">target now</th>"
                + "<th scope=\"col\">source (after promotion)</th><th scope=\"col\">change</th></tr></thead><tbody>";
    }

    private static String difference(Difference d) {
        String label = d.classification().label();
        StringBuilder out = new StringBuilder("<tr class=\"diff diff-").append(label).append("\" data-classification=\"")
                .append(label).append("\" data-object=\"").append(Html.escape(d.object())).append("\" data-name=\"")
                .append(Html.escape(d.name())).append("\"><th scope=\"row\">").append(Html.escape(d.object()))
                .append(' ').append(Html.escape(d.name())).append("</th><td>").append(definition(d.target()))
                .append("</td><td>").append(definition(d.source())).append("</td><td><span class=\"badge badge-")
                .append(label).append("\">").append(label).append("</span> ").append(Html.escape(d.action()));
        for (RuleFinding f : d.findings()) {
            out.append("<div class=\"finding\">").append(Html.escape(f.rule())).append(": ")
                    .append(Html.escape(f.message())).append("</div>");
        }
        return out.append("</td></tr>").toString();
    }

    private static String same(Column c) {
        String definition = definition(c.type() + (c.nullable() ? " NULL" : " NOT NULL")
                + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue()));
        return "<tr class=\"same\" data-object=\"column\" data-name=\"" + Html.escape(c.name())
                + "\"><th scope=\"row\">column " + Html.escape(c.name()) + "</th><td>" + definition + "</td><td>"
                + definition + "</td><td class=\"muted\">same</td></tr>";
    }

    private static String definition(String text) {
        return text.isEmpty() ? "<span class=\"muted\">—</span>" : "<code>" + Html.escape(text) + "</code>";
    }
}
