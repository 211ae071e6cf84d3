package dev.shale.lint.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.Rule;
import dev.shale.lint.Rules;
import dev.shale.lint.Severity;

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) for code
 * scanning: one run, every rule in the driver, one result per finding. An approved finding
 * carries an in-source suppression with the approval's reason, so scanners show it as accepted.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ReportPaths paths;

    SarifReport(ReportPaths paths) {
        this.paths = paths;
    }

    String render(LintReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "shale");
        ArrayNode rules = driver.putArray("rules");
        Rules.ALL.forEach(r -> rule(rules.addObject(), r));
        ArrayNode results = run.putArray("results");
        report.findings().forEach(f -> result(results.addObject(), f));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the lint report as SARIF", e);
        }
    }

    private static void rule(ObjectNode node, Rule rule) {
        node.put("id", rule.id());
        node.put("name", rule.title());
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("help").put("text", "Safe alternative: " + rule.safeAlternative());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.putObject("properties").put("risk", rule.risk().label()).put("severity", rule.severity().label());
    }

    private void result(ObjectNode node, Finding f) {
        node.put("ruleId", f.rule().id());
        node.put("ruleIndex", Rules.ALL.indexOf(f.rule()));
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        ObjectNode location = node.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", paths.of(f.file()));
        location.putObject("region").put("startLine", f.line());
        f.approval().ifPresent(a -> node.putArray("suppressions").addObject()
                .put("kind", "inSource").put("justification", a.reason()));
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case BLOCKED -> "error";
            case NEEDS_APPROVAL -> "warning";
            case INFO -> "note";
        };
    }
}
