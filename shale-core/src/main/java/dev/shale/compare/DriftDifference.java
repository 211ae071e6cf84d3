package dev.shale.compare;

import java.util.Locale;

/**
 * One object that differs between the schema an environment's applied migrations produce and
 * its live schema, described for people: {@code column users.nickname added by hand}.
 *
 * @param kind        whether the live schema has it in addition, lacks it, or has it otherwise
 * @param object      what kind of object: {@code table}, {@code column}, {@code index}, …
 * @param name        the object's name as messages show it, e.g. {@code users.nickname}
 * @param description the whole sentence
 */
public record DriftDifference(Kind kind, String object, String name, String description) {

    /** How the live object differs from the expected one. */
    public enum Kind {
        /** In the live schema only. */
        ADDED,
        /** In the expected schema only. */
        REMOVED,
        /** In both, but different. */
        CHANGED;

        /** The kind as JSON and people read it: {@code added}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static DriftDifference added(String object, String name) {
        return new DriftDifference(Kind.ADDED, object, name, object + " " + name + " added by hand");
    }

    static DriftDifference removed(String object, String name) {
        return new DriftDifference(Kind.REMOVED, object, name, object + " " + name + " dropped by hand");
    }

    static DriftDifference changed(String object, String name, String description) {
        return new DriftDifference(Kind.CHANGED, object, name, description);
    }
}
