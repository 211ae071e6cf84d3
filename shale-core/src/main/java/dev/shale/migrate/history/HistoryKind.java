package dev.shale.migrate.history;

/** What a history row records. */
public enum HistoryKind {
    /** A versioned migration applied (or partly applied, when not successful). */
    UP,
    /** A repeatable migration applied; a new row each time its checksum changes. */
    REPEATABLE,
    /** A version adopted by {@code baseline}: recorded as applied, never run. */
    BASELINE
}
