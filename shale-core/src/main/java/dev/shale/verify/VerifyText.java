package dev.shale.verify;

/** The report for people: one block per migration, the schema-files check, a summary line. */
final class VerifyText {
    private VerifyText() {
    }

    static String render(VerifyReport report) {
        StringBuilder text = new StringBuilder();
        report.source().ifPresent(source -> text.append("rehearsed ").append(source).append('\n'));
        if (report.migrations().isEmpty()) {
            text.append("no migration to rehearse\n");
        }
        for (MigrationVerdict verdict : report.migrations()) {
            text.append(StepWords.outcome(verdict)).append("  ").append(verdict.script()).append('\n');
            if (verdict.skipped()) {
                text.append("      not rehearsed: an earlier migration left the dev database unusable\n");
                continue;
            }
            text.append("      ").append(StepWords.all(verdict)).append('\n');
            verdict.problems().forEach(p -> text.append("      ").append(p).append('\n'));
            verdict.data().ifPresent(d -> d.upLosses().forEach(l -> text.append("      ").append(l).append('\n')));
        }
        report.schemaFiles().ifPresent(check -> schemaFiles(text, check));
        text.append(summary(report)).append('\n');
        return text.toString();
    }

    private static void schemaFiles(StringBuilder text, SchemaFilesCheck check) {
        if (check.passed()) {
            text.append("PASS  schema files: the migrations end at the schema files\n");
        } else if (!check.checked()) {
            text.append("SKIP  schema files: ").append(check.problem().orElseThrow()).append('\n');
        } else {
            text.append("FAIL  schema files: the migrations and the schema files have drifted apart\n");
            check.differences().forEach(d -> text.append("      ").append(d).append('\n'));
        }
    }

    static String summary(VerifyReport report) {
        long skipped = report.migrations().stream().filter(MigrationVerdict::skipped).count();
        String counts = report.migrations().size() + " migration(s), " + report.failures() + " failed"
                + (skipped > 0 ? ", " + skipped + " skipped" : "");
        return (report.passed() ? "verified: " : "verify failed: ") + counts;
    }
}
