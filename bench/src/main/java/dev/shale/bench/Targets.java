package dev.shale.bench;

import java.util.List;

/** The speed targets, printed as PASS / MISS beside the figures; a miss does not fail anything. */
final class Targets {
    private Targets() {
    }

    static String check(List<ScenarioResult> results) {
        StringBuilder md = new StringBuilder("### Targets\n\n");
        for (ScenarioResult result : results) {
            if (result.scenario().startsWith("compare")) {
                result.summaries().stream().findFirst().ifPresent(s -> md.append(line(result.scenario()
                        + ": in JVM in a few seconds (under 5 s)", s.medianMs() < 5000, String.format("%.0f ms", s.medianMs()))));
            }
            if (!result.scenario().startsWith("S2 inspect")) {
                continue;
            }
            result.summaries().stream().filter(s -> s.contender().endsWith("(in JVM)")).findFirst()
                    .ifPresent(s -> md.append(line(result.scenario() + ": in JVM well under 2 s",
                            s.medianMs() < 2000, String.format("%.0f ms", s.medianMs()))));
            result.ratios().forEach((pair, ratio) -> {
                if (pair.contains("(process)")) {
                    md.append(line(result.scenario() + ": " + pair + " ≤ 1.0", ratio <= 1.0, String.format("%.2f×", ratio)));
                }
            });
        }
        return md.toString();
    }

    private static String line(String target, boolean pass, String figure) {
        return "* " + (pass ? "PASS" : "MISS") + " " + target + " (" + figure + ")\n";
    }
}
