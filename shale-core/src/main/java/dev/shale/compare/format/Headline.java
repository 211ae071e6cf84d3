package dev.shale.compare.format;

import dev.shale.compare.Classification;
import dev.shale.compare.ComparisonReport;

/** The one-line summary every format starts with. */
final class Headline {
    private Headline() {
    }

    static String counts(ComparisonReport report) {
        if (report.equal()) {
            return "no differences: promoting SOURCE changes nothing on TARGET";
        }
        int tables = report.tables().size();
        return report.count(Classification.BREAKING) + " breaking, " + report.count(Classification.RISKY)
                + " risky, " + report.count(Classification.SAFE) + " safe "
                + (report.differences().count() == 1 ? "difference" : "differences") + " in " + tables
                + (tables == 1 ? " table" : " tables");
    }

    static String absent(String value) {
        return value.isEmpty() ? "—" : value;
    }
}
