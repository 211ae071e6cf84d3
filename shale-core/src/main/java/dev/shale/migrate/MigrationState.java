package dev.shale.migrate;

/** Where one migration stands in one database. */
public enum MigrationState {
    /** Applied, and the file still matches what was applied. */
    APPLIED,
    /** Not applied yet. */
    PENDING,
    /** Started outside a transaction and stopped part-way; {@code migrate} resumes it. */
    FAILED,
    /** Applied, but the file's up section has changed since. */
    CHECKSUM_MISMATCH,
    /** Applied, but its file is gone from the directory. */
    MISSING_FILE,
    /** Applied by a newer version of the migrations than this directory holds. */
    FUTURE,
    /** Adopted by {@code baseline}: recorded as applied without running. */
    BASELINE,
    /** A repeatable migration whose file changed since it was applied; {@code migrate} re-applies it. */
    OUTDATED;

    /** The state as people read it: {@code checksum mismatch}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
