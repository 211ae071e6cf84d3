package dev.shale.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema each contender left behind, required equal across contenders and rounds: a
 * contender that builds a different schema fails the scenario instead of winning it.
 */
final class Fingerprints {
    private final Map<String, SchemaFingerprint> byContender = new LinkedHashMap<>();
    private final int expectedTables;

    Fingerprints(int expectedTables) {
        this.expectedTables = expectedTables;
    }

    void record(String contender, SchemaFingerprint fingerprint) {
        if (fingerprint.tables() != expectedTables) {
            throw new IllegalStateException(contender + " left " + fingerprint.tables() + " tables, expected "
                    + expectedTables);
        }
        SchemaFingerprint first = byContender.values().stream().findFirst().orElse(fingerprint);
        if (!first.equals(fingerprint)) {
            throw new IllegalStateException("schema fingerprints differ: " + byContender + ", " + contender + "="
                    + fingerprint);
        }
        byContender.put(contender, fingerprint);
    }

    /** The common fingerprint, for the report. */
    String describe() {
        return byContender.values().stream().findFirst().map(f -> "equal for " + byContender.keySet() + ": " + f)
                .orElse("none recorded");
    }
}
