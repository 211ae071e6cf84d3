package dev.shale.migrate;

/**
 * A migration that {@code migrate} applied or {@code rollback} reverted (or, in a dry run, would).
 *
 * @param version    empty text for a repeatable migration
 * @param millis     how long it took
 * @param statements statements run
 */
public record AppliedMigration(String version, String description, String script, long millis, int statements) {
}
