package dev.shale.lint.format;

import dev.shale.lint.Estimate;
import dev.shale.lint.EstimateBasis;
import dev.shale.lint.LintReport;

/** The words the formats share for duration estimates. */
final class EstimateLines {
    private EstimateLines() {
    }

    /** E.g. {@code estimates from prod's table statistics (order of magnitude), lock threshold 2s: 1 statement over it}. */
    static String heading(LintReport report, EstimateBasis basis) {
        long over = report.migrations().stream().flatMap(m -> m.estimates().stream())
                .filter(Estimate::overThreshold).count();
        return "estimates from " + basis.environment() + "'s table statistics (order of magnitude), lock threshold "
                + Estimate.readable(basis.lockThreshold()) + ": " + over + " statement(s) over it";
    }

    static String describe(Estimate estimate, EstimateBasis basis) {
        return estimate.describe() + (estimate.overThreshold() ? "; holds a blocking lock longer than "
                + Estimate.readable(basis.lockThreshold()) : "");
    }
}
