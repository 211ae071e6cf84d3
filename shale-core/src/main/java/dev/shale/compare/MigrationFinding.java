package dev.shale.compare;

import java.util.Locale;

/**
 * A disagreement between an environment's history table and the migration directory.
 *
 * @param version     the migration's version; empty for a repeatable migration
 * @param script      the file name the history or the directory knows it by
 * @param description the sentence for people
 */
public record MigrationFinding(Kind kind, String version, String script, String description) {

    /** What disagrees; {@link #drift()} says whether it counts as drift. */
    public enum Kind {
        /** Applied on the environment, but its file is not in the directory. */
        MISSING_FILE(true),
        /** Applied on the environment, but its file has changed since. */
        CHANGED_SINCE_APPLIED(true),
        /** Stopped part-way on the environment: its schema is in between two versions. */
        FAILED(true),
        /** In the directory, not applied on the environment yet: 'migrate' would apply it. */
        PENDING(false),
        /** A repeatable migration whose file changed since it ran: 'migrate' would re-apply it. */
        OUTDATED(false);

        private final boolean drift;

        Kind(boolean drift) {
            this.drift = drift;
        }

        /** True when the environment no longer matches its migrations; false for work still to deploy. */
        public boolean drift() {
            return drift;
        }

        /** The kind as JSON shows it: {@code missing_file}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean drift() {
        return kind.drift();
    }
}
