package dev.shale.studio;

import java.util.List;

/**
 * The frame every page shares: title, navigation, the production environments named in the header,
 * and the studio's own stylesheet and script (no external assets, so it works offline).
 */
final class Layout {
    private static final String[][] NAV = {
        {"/", "Environments"}, {"/migrations", "Migrations"}, {"/compare", "Compare"}, {"/schema", "Schema"},
    };

    static final String PRODUCTION_BADGE =
            "<span class=\"badge badge-prod\" title=\"production environment\">PROD</span>";

    private Layout() {
    }

    /**
     * @param path       the page's path, to mark its navigation link as current
     * @param production the production environments of the project
     */
    static String page(String title, String path, List<String> production, String body) {
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append(" · Shale Studio</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/studio.css\">")
                .append("<script src=\"/assets/studio.js\" defer></script></head><body>")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header><span class=\"brand\">Shale Studio</span><nav aria-label=\"Pages\"><ul>");
        for (String[] link : NAV) {
            out.append("<li><a href=\"").append(link[0]).append('"')
                    .append(link[0].equals(path) ? " aria-current=\"page\"" : "").append('>')
                    .append(link[1]).append("</a></li>");
        }
        out.append("</ul></nav><span class=\"readonly\">read-only</span>");
        if (!production.isEmpty()) {
            out.append("<span class=\"prod-list\">production: ");
            production.forEach(name -> out.append(environment(name, true)).append(' '));
            out.append("</span>");
        }
        out.append("</header><main id=\"main\" tabindex=\"-1\"><h1>").append(Html.escape(title)).append("</h1>")
                .append(body).append("</main></body></html>\n");
        return out.toString();
    }

    /** An environment's name, with a production badge when it is one. */
    static String environment(String name, boolean production) {
        String escaped = "<span class=\"env-name\">" + Html.escape(name) + "</span>";
        return production ? escaped + " " + PRODUCTION_BADGE : escaped;
    }

    /** A message box: an empty state or an error, in words. */
    static String notice(String kind, String message) {
        return "<p class=\"notice notice-" + kind + "\" role=\"" + ("error".equals(kind) ? "alert" : "status")
                + "\">" + Html.escape(message) + "</p>";
    }

    /** A {@code <select>} with its label; {@code options} are value/label pairs. */
    static String select(String name, String label, List<String[]> options, String selected) {
        StringBuilder out = new StringBuilder("<label for=\"").append(name).append("\">").append(Html.escape(label))
                .append("</label> <select id=\"").append(name).append("\" name=\"").append(name).append("\">");
        for (String[] option : options) {
            out.append("<option value=\"").append(Html.escape(option[0])).append('"')
                    .append(option[0].equals(selected) ? " selected" : "").append('>')
                    .append(Html.escape(option[1])).append("</option>");
        }
        return out.append("</select>").toString();
    }
}
