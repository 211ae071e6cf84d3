package dev.shale.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scenario: each contender's summary, the median per-round ratio of
 * the first contender (Shale) to each of the others, and with {@code --profile} where Shale's
 * time went (null otherwise).
 */
record ScenarioResult(String scenario, List<Summary> summaries, Map<String, Double> ratios, Map<String, String> notes,
                      JfrProfile profile) {

    static ScenarioResult of(String scenario, Map<String, List<Measurement>> runs, Map<String, String> notes) {
        List<Summary> summaries = new ArrayList<>();
        runs.forEach((name, measurements) -> summaries.add(Summary.of(name, measurements)));
        Map<String, Double> ratios = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>(runs.keySet());
        for (String shale : names.stream().filter(n -> n.startsWith("shale")).toList()) {
            for (String peer : names.stream().filter(n -> !n.startsWith("shale")).toList()) {
                ratios.put(shale + " / " + peer, Summary.medianRatio(runs.get(shale), runs.get(peer)));
            }
        }
        return new ScenarioResult(scenario, summaries, ratios, notes, null);
    }

    ScenarioResult withProfile(JfrProfile profile) {
        return new ScenarioResult(scenario, summaries, ratios, notes, profile);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("### " + scenario + "\n\n");
        md.append("| contender | median ms | min ms | max ms | peak RSS MiB |\n|---|---:|---:|---:|---:|\n");
        for (Summary s : summaries) {
            md.append(String.format("| %s | %.0f | %.0f | %.0f | %s |%n", s.contender(), s.medianMs(), s.minMs(),
                    s.maxMs(), s.peakRssKb() == 0 ? "(in JVM)" : String.format("%.0f", s.peakRssKb() / 1024.0)));
        }
        md.append('\n');
        ratios.forEach((pair, ratio) -> md.append(String.format("* %s: **%.2f×** (median of per-round ratios)%n", pair, ratio)));
        notes.forEach((key, value) -> md.append("* ").append(key).append(": ").append(value).append('\n'));
        if (profile != null) {
            md.append('\n').append(profile.markdown());
        }
        return md.toString();
    }
}
