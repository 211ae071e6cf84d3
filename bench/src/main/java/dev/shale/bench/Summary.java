package dev.shale.bench;

import java.util.List;

/** Median, min and max of a contender's rounds, and its peak memory. */
record Summary(String contender, double medianMs, double minMs, double maxMs, long peakRssKb) {

    static Summary of(String contender, List<Measurement> runs) {
        List<Double> sorted = runs.stream().map(Measurement::millis).sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        long rss = runs.stream().mapToLong(Measurement::peakRssKb).max().orElse(0);
        return new Summary(contender, median, sorted.get(0), sorted.get(n - 1), rss);
    }

    /** Median over rounds of this contender's time divided by the other's time in the same round. */
    static double medianRatio(List<Measurement> mine, List<Measurement> theirs) {
        List<Double> ratios = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(mine.size(), theirs.size()); i++) {
            ratios.add((double) mine.get(i).nanos() / theirs.get(i).nanos());
        }
        ratios.sort(null);
        int n = ratios.size();
        return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
    }
}
