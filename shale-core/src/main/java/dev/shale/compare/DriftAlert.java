package dev.shale.compare;

import dev.shale.db.DatabaseUrl;
import java.util.ArrayList;
import java.util.List;

/**
 * The short message a drift alert posts: which environments drifted (or could not be checked)
 * and their first differences. Names environments, never their URLs or credentials.
 */
public final class DriftAlert {
    /** Differences listed per environment; a channel message is read, not searched. */
    static final int LINES_PER_ENVIRONMENT = 10;

    private DriftAlert() {
    }

    /** The message text, or empty when no environment needs attention. */
    public static String text(List<EnvironmentDrift> outcomes) {
        List<String> lines = new ArrayList<>();
        for (EnvironmentDrift outcome : outcomes) {
            switch (outcome.status()) {
                case DRIFTED -> drifted(outcome.report().orElseThrow(), lines);
                case UNREACHABLE -> lines.add("Shale drift check: environment " + outcome.environment()
                        + " is unreachable: " + outcome.problem().orElse(""));
                case FAILED -> lines.add("Shale drift check: environment " + outcome.environment()
                        + " could not be checked: " + outcome.problem().orElse(""));
                case CLEAN -> { }
            }
        }
        return DatabaseUrl.redact(String.join("\n", lines));
    }

    private static void drifted(DriftReport report, List<String> lines) {
        lines.add("Shale drift check: environment " + report.environment() + " has drifted ("
                + report.driftCount() + (report.driftCount() == 1 ? " difference" : " differences") + ")");
        List<String> items = new ArrayList<>();
        report.differences().forEach(d -> items.add(d.description()));
        report.findings().stream().filter(MigrationFinding::drift).forEach(f -> items.add(f.description()));
        items.stream().limit(LINES_PER_ENVIRONMENT).forEach(item -> lines.add("• " + item));
        if (items.size() > LINES_PER_ENVIRONMENT) {
            lines.add("• … and " + (items.size() - LINES_PER_ENVIRONMENT) + " more ('shale drift --env "
                    + report.environment() + "')");
        }
    }
}
