package dev.shale.compare;

import java.util.Locale;

/**
 * How a difference between two schemas weighs when SOURCE is promoted to TARGET, derived from
 * lint's rules ({@link DifferenceClassifier}). Declared worst first: reports sort by it.
 */
public enum Classification {
    /** Loses data or breaks the running code's reads or writes. */
    BREAKING,
    /** A lint rule fires: locks, rewrites or copies, or needs coordination (a rename). */
    RISKY,
    /** No lint rule fires. */
    SAFE;

    /** Lower-case, as reports print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
