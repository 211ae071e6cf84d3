package dev.shale.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report for tools; field names are part of the contract (docs/verify.md). */
final class VerifyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerifyJson() {
    }

    static String render(VerifyReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("passed", report.passed());
        root.put("exitCode", report.exitCode().code());
        root.put("dialect", report.dialect());
        report.copyOf().ifPresentOrElse(env -> root.put("fromEnvironment", env), () -> root.putNull("fromEnvironment"));
        report.sampleRows().ifPresentOrElse(n -> root.put("sampleRows", n), () -> root.putNull("sampleRows"));
        ArrayNode migrations = root.putArray("migrations");
        report.migrations().forEach(m -> migration(migrations.addObject(), m));
        report.schemaFiles().ifPresentOrElse(check -> {
            ObjectNode files = root.putObject("schemaFiles");
            files.put("checked", check.checked());
            files.put("matches", check.passed());
            check.differences().forEach(files.putArray("differences")::add);
        }, () -> root.putNull("schemaFiles"));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    private static void migration(ObjectNode node, MigrationVerdict verdict) {
        node.put("version", verdict.version());
        node.put("script", verdict.script());
        node.put("description", verdict.description());
        node.put("status", verdict.passed() ? "passed" : verdict.skipped() ? "skipped" : "failed");
        step(node.putObject("up"), verdict.up());
        step(node.putObject("down"), verdict.down());
        step(node.putObject("upAgain"), verdict.reUp());
        verdict.problem().ifPresentOrElse(p -> node.put("problem", p), () -> node.putNull("problem"));
        verdict.differences().forEach(node.putArray("differences")::add);
        verdict.data().ifPresentOrElse(d -> {
            ObjectNode data = node.putObject("data");
            data.put("kept", d.kept());
            d.upLosses().forEach(data.putArray("upLosses")::add);
            d.downLosses().forEach(data.putArray("downLosses")::add);
        }, () -> node.putNull("data"));
    }

    private static void step(ObjectNode node, StepResult step) {
        node.put("status", step.status().label());
        node.put("millis", step.millis());
        step.detail().ifPresentOrElse(d -> node.put("detail", d), () -> node.putNull("detail"));
    }
}
