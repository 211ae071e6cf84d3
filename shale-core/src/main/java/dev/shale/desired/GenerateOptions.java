package dev.shale.desired;

/**
 * How {@code generate} writes its migrations.
 *
 * @param dryRun         return the migrations without writing them
 * @param unsafe         write the plain form (one migration) instead of the safe form
 * @param expandContract write confirmed column renames as expand / contract migrations
 */
public record GenerateOptions(boolean dryRun, boolean unsafe, boolean expandContract) {
    /** The safe form, written to the migration directory. */
    public static final GenerateOptions SAFE = new GenerateOptions(false, false, false);
}
