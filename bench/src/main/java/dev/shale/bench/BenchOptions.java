package dev.shale.bench;

import java.nio.file.Path;

/**
 * How a bench run is sized and where it reports.
 *
 * @param tables   workload size
 * @param warmup   unmeasured rounds first
 * @param rounds   measured rounds
 * @param shaleJar the packaged command line, timed as a process
 * @param results  directory for the Markdown and JSON reports
 */
record BenchOptions(int tables, int warmup, int rounds, Path shaleJar, Path results) {
}
