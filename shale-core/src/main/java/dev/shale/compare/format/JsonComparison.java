package dev.shale.compare.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;
import dev.shale.compare.Difference;
import dev.shale.compare.TableComparison;

/** The report for tools; its fields are documented in docs/compare.md and only ever added to. */
final class JsonComparison {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonComparison() {
    }

    static String render(ComparisonReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", r.source());
        root.put("target", r.target());
        root.put("dialect", r.dialect());
        root.put("equal", r.equal());
        root.put("exitCode", r.exitCode());
        ObjectNode summary = root.putObject("summary");
        for (Classification c : Classification.values()) {
            summary.put(c.label(), r.count(c));
        }
        summary.put("tables", r.tables().size());
        var tables = root.putArray("tables");
        r.tables().forEach(t -> table(tables.addObject(), t));
        if (r.pending().isPresent()) {
            var pending = root.putArray("pendingMigrations");
            r.pending().get().forEach(p -> pending.addObject().put("version", p.version())
                    .put("description", p.description()).put("script", p.script()));
        } else {
            root.putNull("pendingMigrations");
        }
        var sql = root.putArray("sql");
        r.sql().forEach(sql::add);
        var notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison as JSON", e);
        }
    }

    private static void table(ObjectNode node, TableComparison t) {
        node.put("table", t.table());
        node.put("presence", t.presence());
        node.put("worst", t.worst().label());
        var differences = node.putArray("differences");
        t.differences().forEach(d -> difference(differences.addObject(), d));
    }

    private static void difference(ObjectNode node, Difference d) {
        node.put("classification", d.classification().label());
        node.put("object", d.object());
        node.put("name", d.name());
        node.put("action", d.action());
        put(node, "target", d.target());
        put(node, "source", d.source());
        var findings = node.putArray("findings");
        d.findings().forEach(f -> findings.addObject().put("rule", f.rule()).put("severity", f.severity())
                .put("risk", f.risk()).put("message", f.message()));
        var sql = node.putArray("sql");
        d.sql().forEach(sql::add);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
