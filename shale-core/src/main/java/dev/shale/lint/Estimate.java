package dev.shale.lint;

import dev.shale.dialect.SafetyFacts.WorkKind;
import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.model.QualifiedName;
import java.time.Duration;

/**
 * How long a statement's work over a live table would take, from that table's size in the
 * environment and the dialect's rough throughput (order of magnitude, not a promise).
 *
 * @param line          the statement's line in the migration
 * @param table         the table it works through
 * @param kind          rewrite, scan or index build
 * @param size          the table's rows and bytes in the environment
 * @param duration      the estimated time
 * @param blocking      the lock held meanwhile blocks the application's reads or writes
 * @param overThreshold blocking, and for longer than the lock threshold
 */
public record Estimate(int line, QualifiedName table, WorkKind kind, TableSize size, Duration duration,
                       boolean blocking, boolean overThreshold) {

    /** One line for people, e.g. {@code rewrite of public.t (1200000 rows, 96 MB): ~2s, blocks the table}. */
    public String describe() {
        return kind.label() + " of " + table + " (" + size.rows() + " rows, " + megabytes(size.bytes()) + "): ~"
                + readable(duration) + (blocking ? ", blocks the table meanwhile" : ", online");
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB" : bytes / (1024 * 1024) + " MB";
    }

    /** 850ms, 12s, 3m 20s, 1h 5m. */
    public static String readable(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + "s");
        }
        return seconds / 3600 + "h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + "m");
    }
}
