package dev.shale.lint.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.impact.ImpactFormat;
import dev.shale.lint.Approval;
import dev.shale.lint.Estimate;
import dev.shale.lint.Finding;
import dev.shale.lint.LintReport;
import dev.shale.lint.MigrationLint;
import dev.shale.lint.Severity;

/**
 * The report for tools. Its {@code gate} and {@code exitCode} fields are what tells a CI that
 * the lint ran (exit 2 = blocked) rather than failed to start (exit 2 = usage error, no JSON).
 */
final class JsonReport {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ReportPaths paths;

    JsonReport(ReportPaths paths) {
        this.paths = paths;
    }

    String render(LintReport report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("gate", report.gate().label());
        root.put("exitCode", report.gate().exitCode());
        root.put("dialect", report.dialect());
        ObjectNode summary = root.putObject("summary");
        summary.put("migrations", report.migrations().size());
        summary.put("blocked", report.open(Severity.BLOCKED));
        summary.put("needsApproval", report.open(Severity.NEEDS_APPROVAL));
        summary.put("info", report.open(Severity.INFO));
        summary.put("approved", report.approved());
        summary.put("staleApprovals", report.staleApprovals());
        ArrayNode migrations = root.putArray("migrations");
        report.migrations().forEach(m -> migration(migrations.addObject(), m));
        report.estimates().ifPresent(basis -> {
            ObjectNode node = root.putObject("estimates");
            node.put("environment", basis.environment());
            node.put("lockThresholdMillis", basis.lockThreshold().toMillis());
            ArrayNode list = node.putArray("statements");
            report.migrations().forEach(m -> m.estimates().forEach(e -> estimate(list.addObject(), m, e)));
        });
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the lint report as JSON", e);
        }
    }

    private void migration(ObjectNode node, MigrationLint migration) {
        node.put("file", paths.of(migration.file()));
        ArrayNode findings = node.putArray("findings");
        migration.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode stale = node.putArray("staleApprovals");
        migration.staleApprovals().forEach(a -> approval(stale.addObject(), a));
    }

    private void finding(ObjectNode node, Finding f) {
        node.put("rule", f.rule().id());
        node.put("title", f.rule().title());
        node.put("severity", f.severity().label());
        node.put("risk", f.rule().risk().label());
        node.put("message", f.message());
        node.put("file", paths.of(f.file()));
        node.put("line", f.line());
        node.put("statement", f.statement());
        f.lock().ifPresentOrElse(l -> node.put("lock", l), () -> node.putNull("lock"));
        node.put("safeAlternative", f.rule().safeAlternative());
        node.put("approved", f.approved());
        f.approval().ifPresentOrElse(a -> approval(node.putObject("approval"), a), () -> node.putNull("approval"));
        if (!f.usedIn().isEmpty()) {
            ImpactFormat.references(node.putArray("usedIn"), f.usedIn());
        }
    }

    private void estimate(ObjectNode node, MigrationLint migration, Estimate e) {
        node.put("file", paths.of(migration.file()));
        node.put("line", e.line());
        node.put("table", e.table().toString());
        node.put("work", e.kind().label());
        node.put("rows", e.size().rows());
        node.put("bytes", e.size().bytes());
        node.put("estimatedMillis", e.duration().toMillis());
        node.put("blocking", e.blocking());
        node.put("overLockThreshold", e.overThreshold());
    }

    private static void approval(ObjectNode node, Approval a) {
        node.put("rule", a.ruleId());
        node.put("reason", a.reason());
        node.put("line", a.line());
    }
}
