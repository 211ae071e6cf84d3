package dev.shale.bench;

/**
 * One timed run of a contender.
 *
 * @param nanos       wall time
 * @param peakRssKb   peak resident memory of the process in KiB (GNU time), or 0 when run in this JVM
 */
record Measurement(long nanos, long peakRssKb) {
    double millis() {
        return nanos / 1_000_000.0;
    }
}
