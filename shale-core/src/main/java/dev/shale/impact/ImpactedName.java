package dev.shale.impact;

/**
 * A table or column that a migration drops, renames or changes, and the name code would use for it.
 *
 * @param migration  the migration's file name
 * @param line       the line of the statement that makes the change
 * @param change     what happens to it, in words (e.g. {@code drops column public.users.email})
 * @param identifier the bare table or column name to look for in the source
 */
public record ImpactedName(String migration, int line, String change, String identifier) {
}
