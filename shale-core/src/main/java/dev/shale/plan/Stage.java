package dev.shale.plan;

/**
 * Which migration of a safe plan a statement belongs to. {@code generate} writes one file per
 * stage that has statements, in this order, so a later stage runs only after the earlier ones
 * committed.
 */
public enum Stage {
    /** Everything that is brief under its lock; runs in one transaction where the database allows. */
    MAIN(""),
    /** Work that must not hold a transaction open: batched backfills and concurrent index builds. */
    ONLINE("_online"),
    /**
     * Validation of what MAIN added unvalidated, under locks that let writes through, and NOT NULL
     * once the backfill is done; each statement commits on its own, so no validation scan runs
     * while a stronger lock of the same transaction is held.
     */
    VALIDATE("_validate");

    private final String fileSuffix;

    Stage(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    /** True when this stage's migration runs statement by statement rather than in one transaction. */
    public boolean committedPerStatement() {
        return this != MAIN;
    }

    /** Appended to the migration name for this stage's file (empty for the main file). */
    public String fileSuffix() {
        return fileSuffix;
    }
}
