package dev.shale.compare;

/**
 * A migration applied on SOURCE and not on TARGET.
 *
 * @param version     its version
 * @param description its description
 * @param script      its file name as SOURCE's history records it
 */
public record PendingMigration(String version, String description, String script) {
}
