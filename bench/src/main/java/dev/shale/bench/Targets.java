package dev.shale.bench;

import java.util.List;
import java.util.Optional;

/**
 * The targets of issue #10, printed as PASS / MISS beside the figures; a miss does not fail
 * anything. Ratios are the medians of per-round ratios measured in the same run.
 */
final class Targets {
    /** The floors of S1 apply, one per database: its own client running one file of every statement. */
    private static final List<String> FLOORS = List.of("psql -f", "mariadb < file", "sqlite3 < file");

    private Targets() {
    }

    static String check(List<ScenarioResult> results) {
        StringBuilder md = new StringBuilder("### Targets\n\n");
        for (ScenarioResult result : results) {
            String scenario = result.scenario();
            if (scenario.startsWith("S1 apply")) {
                for (String floor : FLOORS) {
                    ratio(md, result, "shale migrate / " + floor, 1.1);
                }
                String noFloor = result.notes().get("floor");
                if (noFloor != null) {
                    md.append("* n/a ").append(scenario).append(": shale migrate / floor ≤ 1.1 (").append(noFloor)
                            .append(")\n");
                }
                ratio(md, result, "shale migrate / flyway migrate", 0.3);
                memory(md, result, "shale migrate", "flyway migrate", 0.4);
            } else if (scenario.startsWith("S1 no-op")) {
                ratio(md, result, "shale migrate / flyway migrate", 0.4);
            } else if (scenario.startsWith("S2 inspect PostgreSQL")) {
                ratio(md, result, "shale inspect --format sql (process) / pg_dump --schema-only", 1.0);
                // "≥ 40× faster than Liquibase" is a ratio of at most 1/40.
                ratio(md, result, "shale inspect --format sql (process) / liquibase snapshot", 1.0 / 40);
            } else if (scenario.startsWith("S3 status")) {
                ratio(md, result, "shale status / flyway info", 0.4);
            } else if (scenario.startsWith("S4 diff") || scenario.startsWith("compare")) {
                result.summaries().stream().findFirst().ifPresent(s -> md.append(line(scenario
                        + ": in a few seconds (under 5 s)", s.medianMs() < 5000, String.format("%.0f ms", s.medianMs()))));
            }
        }
        return md.toString();
    }

    private static void ratio(StringBuilder md, ScenarioResult result, String pair, double limit) {
        Double ratio = result.ratios().get(pair);
        if (ratio != null) {
            md.append(line(result.scenario() + ": " + pair + " ≤ " + format(limit), ratio <= limit,
                    String.format("%.3f×", ratio)));
        }
    }

    private static void memory(StringBuilder md, ScenarioResult result, String shale, String peer, double limit) {
        Optional<Summary> mine = summary(result, shale);
        Optional<Summary> theirs = summary(result, peer);
        if (mine.isPresent() && theirs.isPresent() && theirs.get().peakRssKb() > 0) {
            double ratio = (double) mine.get().peakRssKb() / theirs.get().peakRssKb();
            md.append(line(result.scenario() + ": peak RSS " + shale + " / " + peer + " ≤ " + format(limit),
                    ratio <= limit, String.format("%.2f×: %d MiB vs %d MiB", ratio, mine.get().peakRssKb() / 1024,
                            theirs.get().peakRssKb() / 1024)));
        }
    }

    private static Optional<Summary> summary(ScenarioResult result, String contender) {
        return result.summaries().stream().filter(s -> s.contender().equals(contender)).findFirst();
    }

    private static String format(double limit) {
        return limit < 0.1 ? String.format("%.3f (1/%.0f)", limit, 1 / limit) : String.format("%.1f", limit);
    }

    private static String line(String target, boolean pass, String figure) {
        return "* " + (pass ? "PASS" : "MISS") + " " + target + " (" + figure + ")\n";
    }
}
