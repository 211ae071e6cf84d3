package dev.shale.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs contenders interleaved round by round, rotating the order (A B C, B C A, C A B, …) so
 * that drift of the machine (caches, other load) does not favour one of them. Only
 * {@link Contender#run} is timed; its prepare and check steps are not.
 */
final class Rounds {
    private Rounds() {
    }

    static Map<String, List<Measurement>> run(List<? extends Contender> contenders, int warmup, int rounds)
            throws Exception {
        for (int w = 0; w < warmup; w++) {
            for (Contender contender : contenders) {
                progress("warm-up", contender, once(contender));
            }
        }
        Map<String, List<Measurement>> results = new LinkedHashMap<>();
        contenders.forEach(c -> results.put(c.name(), new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < contenders.size(); i++) {
                Contender contender = contenders.get((round + i) % contenders.size());
                Measurement measurement = once(contender);
                progress("round " + (round + 1) + "/" + rounds, contender, measurement);
                results.get(contender.name()).add(measurement);
            }
        }
        return results;
    }

    /**
     * With {@code --profile}: the first of {@code contenders} that runs Shale as a process, once
     * more under Java Flight Recorder, its recording named after {@code scenario} in the results
     * folder. Null without {@code --profile}, or when no contender runs Shale as a process.
     */
    static JfrProfile profileIfAsked(List<? extends Contender> contenders, BenchOptions options, String scenario)
            throws Exception {
        if (!options.profile()) {
            return null;
        }
        for (Contender contender : contenders) {
            if (contender instanceof ProcessContender process && process.name().startsWith("shale") && process.isJava()) {
                System.err.printf("bench: %s once more under JFR%n", process.name());
                return JfrProfile.record(process, options.results().resolve(JfrProfile.fileName(scenario)));
            }
        }
        return null;
    }

    /** A line per run on stderr, so a long run shows that it is moving; the report goes to stdout. */
    private static void progress(String round, Contender contender, Measurement measurement) {
        System.err.printf("bench: %s %s %.0f ms%n", round, contender.name(), measurement.millis());
    }

    private static Measurement once(Contender contender) throws Exception {
        contender.prepare();
        Measurement measurement = contender.run();
        contender.check();
        return measurement;
    }
}
