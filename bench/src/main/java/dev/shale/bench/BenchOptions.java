package dev.shale.bench;

import java.nio.file.Path;

/**
 * How a bench run is sized and where it reports.
 *
 * @param tables           S2 / S4 workload size
 * @param migrations       S1 workload size
 * @param statusMigrations S3 workload size (a small migrated database)
 * @param warmup           unmeasured rounds first
 * @param rounds           measured rounds
 * @param shaleJar         the packaged command line, timed as a process
 * @param results          directory for the Markdown and JSON reports (and the profiles' recordings)
 * @param profile          after each scenario's rounds, run Shale once more under JFR ({@link JfrProfile})
 */
record BenchOptions(int tables, int migrations, int statusMigrations, int warmup, int rounds, Path shaleJar,
                    Path results, boolean profile) {
}
