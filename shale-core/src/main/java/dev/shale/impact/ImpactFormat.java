package dev.shale.impact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The output formats of {@code shale impact}: text ({@code file:line: snippet} per change), JSON and Markdown. */
public enum ImpactFormat {
    TEXT, JSON, MARKDOWN;

    public String render(ImpactReport report) {
        return switch (this) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case MARKDOWN -> markdown(report);
        };
    }

    private static String text(ImpactReport report) {
        StringBuilder out = new StringBuilder();
        for (ImpactedChange change : report.changes()) {
            out.append(change.name().migration()).append(':').append(change.name().line()).append(": ")
                    .append(change.name().change())
                    .append(change.references().isEmpty() ? ": no references\n" : "\n");
            change.references().forEach(r -> out.append("  ").append(r.display()).append('\n'));
        }
        return out.append(summary(report)).append('\n').toString();
    }

    private static String markdown(ImpactReport report) {
        StringBuilder out = new StringBuilder("### Code impact\n\n");
        for (ImpactedChange change : report.changes()) {
            out.append("- **").append(change.name().migration()).append("** ").append(change.name().change())
                    .append(change.references().isEmpty() ? ": no references\n" : "\n");
            change.references().forEach(r -> out.append("  - `").append(r.file().toString().replace('\\', '/'))
                    .append(':').append(r.line()).append("` ").append(r.snippet().replace("`", "'")).append('\n'));
        }
        return out.append('\n').append(summary(report)).append('\n').toString();
    }

    private static String json(ImpactReport report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("referenced", report.referenced());
        root.put("exitCode", report.exitCode());
        ArrayNode migrations = root.putArray("migrations");
        report.migrations().forEach(migrations::add);
        ArrayNode changes = root.putArray("changes");
        for (ImpactedChange change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("migration", change.name().migration());
            node.put("line", change.name().line());
            node.put("change", change.name().change());
            node.put("identifier", change.name().identifier());
            references(node.putArray("references"), change.references());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the impact report as JSON", e);
        }
    }

    /** Adds {@code references} as {file, line, snippet} objects (lint's JSON uses the same shape). */
    public static void references(ArrayNode array, List<CodeReference> references) {
        for (CodeReference reference : references) {
            ObjectNode node = array.addObject();
            node.put("file", reference.file().toString().replace('\\', '/'));
            node.put("line", reference.line());
            node.put("snippet", reference.snippet());
        }
    }

    private static String summary(ImpactReport report) {
        if (report.changes().isEmpty()) {
            return "no table or column is dropped, renamed or changed by " + report.migrations().size()
                    + " migration(s): nothing to look for";
        }
        long files = report.changes().stream().flatMap(c -> c.references().stream()).map(CodeReference::file)
                .distinct().count();
        return report.referenced()
                ? report.referenceCount() + " line(s) in " + files + " file(s) use what " + report.migrations().size()
                + " migration(s) drop, rename or change"
                : "no source line uses what " + report.migrations().size() + " migration(s) drop, rename or change";
    }
}
