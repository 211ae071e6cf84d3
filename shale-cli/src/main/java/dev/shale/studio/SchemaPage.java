package dev.shale.studio;

import dev.shale.Shale;
import dev.shale.inspect.Inspection;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Schema: one environment's tables, read on a read-only session as {@code shale inspect} reads them
 * (columns, keys, indexes, foreign keys), under a diagram of the tables and their foreign keys.
 */
final class SchemaPage implements Page {
    private final StudioProject project;

    SchemaPage(StudioProject project) {
        this.project = project;
    }

    @Override
    public Response render(Request request) {
        List<String> environments = project.environments();
        List<String> production = project.productionEnvironments();
        String chosen = request.parameter("env").filter(environments::contains)
                .orElseGet(() -> project.config().defaultEnvironmentName());
        StringBuilder body = new StringBuilder("<form class=\"choose\" method=\"get\" action=\"/schema\">")
                .append(Layout.select("env", "Environment", environments.stream()
                        .map(e -> new String[] {e, e + (production.contains(e) ? " (production)" : "")}).toList(), chosen))
                .append("<button type=\"submit\">Show</button></form><h2>")
                .append(Layout.environment(chosen, production.contains(chosen))).append("</h2>");
        Outcome<Inspection> inspection = Outcome.of(() -> project.shale(Optional.of(chosen)).inspect(List.of()));
        if (inspection.problem().isPresent()) {
            body.append(Layout.notice("error", "cannot read " + chosen + ": " + inspection.problem().get()));
            return Response.html(Layout.page("Schema", "/schema", production, body.toString()));
        }
        DatabaseSchema schema = inspection.value().get().schema();
        if (schema.tables().isEmpty()) {
            body.append(Layout.notice("empty", chosen + " has no tables yet."));
            return Response.html(Layout.page("Schema", "/schema", production, body.toString()));
        }
        body.append("<p class=\"lead\">").append(Html.escape(inspection.value().get().source())).append(": ")
                .append(schema.tables().size()).append(schema.tables().size() == 1 ? " table" : " tables")
                .append(".</p><figure class=\"erd-frame\" tabindex=\"0\"><figcaption>Tables and foreign keys</figcaption>")
                .append(Erd.svg(schema)).append("</figure><nav class=\"toc\" aria-label=\"Tables\"><ul>");
        for (Table t : schema.tables()) {
            body.append("<li><a href=\"#t-").append(Html.escape(t.name().toString())).append("\">")
                    .append(Html.escape(t.name().toString())).append("</a></li>");
        }
        body.append("</ul></nav>");
        schema.tables().forEach(t -> body.append(table(t)));
        return Response.html(Layout.page("Schema", "/schema", production, body.toString()));
    }

    private static String table(Table table) {
        String name = table.name().toString();
        StringBuilder out = new StringBuilder("<section class=\"schema-table\" id=\"t-").append(Html.escape(name))
                .append("\"><h3>").append(Html.escape(name)).append("</h3><div class=\"scroll\"><table class=\"grid\">")
                .append("<thead><tr><th scope=\"col\">column</th><th scope=\"col\">type</th>")
                .append("<th scope=\"col\">null</th><th scope=\"col\">default</th></tr></thead><tbody>");
        List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        for (Column c : table.columns()) {
            out.append("<tr><th scope=\"row\">").append(Html.escape(c.name()))
                    .append(key.contains(c.name()) ? " <span class=\"badge badge-key\">PK</span>" : "")
                    .append("</th><td><code>").append(Html.escape(c.type())).append("</code></td><td>")
                    .append(c.nullable() ? "yes" : "not null").append("</td><td>")
                    .append(c.defaultValue() == null ? "" : "<code>" + Html.escape(c.defaultValue()) + "</code>")
                    .append("</td></tr>");
        }
        out.append("</tbody></table></div><ul class=\"constraints\">");
        if (!key.isEmpty()) {
            out.append("<li>primary key (").append(Html.escape(String.join(", ", key))).append(")</li>");
        }
        for (UniqueConstraint u : table.uniques()) {
            out.append("<li>unique ").append(Html.escape(u.name())).append(" (")
                    .append(Html.escape(String.join(", ", u.columns()))).append(")</li>");
        }
        for (Index i : table.indexes()) {
            out.append("<li>").append(i.unique() ? "unique index " : "index ").append(Html.escape(i.name())).append(" (")
                    .append(Html.escape(String.join(", ", i.keys().stream()
                            .map(k -> k.column() != null ? k.column() : k.expression()).toList())))
                    .append(")").append(i.where() == null ? "" : " where " + Html.escape(i.where())).append("</li>");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            out.append("<li>foreign key ").append(Html.escape(fk.name() == null ? "" : fk.name())).append(" (")
                    .append(Html.escape(String.join(", ", fk.columns()))).append(") → <a href=\"#t-")
                    .append(Html.escape(fk.referencedTable().toString())).append("\">")
                    .append(Html.escape(fk.referencedTable().toString())).append("</a> (")
                    .append(Html.escape(String.join(", ", fk.referencedColumns()))).append(")")
                    .append(fk.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " on delete " + fk.onDelete().sql())
                    .append("</li>");
        }
        return out.append("</ul></section>").toString();
    }
}
