package dev.shale.verify;

/** The report as a Markdown table, for a pull-request comment. */
final class VerifyMarkdown {
    private VerifyMarkdown() {
    }

    static String render(VerifyReport report) {
        StringBuilder md = new StringBuilder("### shale verify: ")
                .append(report.passed() ? "passed" : "failed").append("\n\n");
        report.source().ifPresent(source -> md.append("Rehearsed ").append(source).append(".\n\n"));
        md.append("| | migration | steps | problem |\n|---|---|---|---|\n");
        for (MigrationVerdict verdict : report.migrations()) {
            md.append("| ").append(StepWords.outcome(verdict)).append(" | `").append(verdict.script()).append("` | ")
                    .append(cell(verdict.skipped() ? "not rehearsed" : StepWords.all(verdict) + upLosses(verdict)))
                    .append(" | ")
                    .append(cell(verdict.problem().orElse(""))).append(" |\n");
        }
        report.schemaFiles().ifPresent(check -> md.append("\nSchema files: ").append(check.passed()
                ? "the migrations end at the schema files." : cell(check.problem().orElseThrow())).append('\n'));
        md.append('\n').append(VerifyText.summary(report)).append('\n');
        return md.toString();
    }

    private static String upLosses(MigrationVerdict verdict) {
        return verdict.data().filter(d -> !d.upLosses().isEmpty())
                .map(d -> ": " + String.join("; ", d.upLosses())).orElse("");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
