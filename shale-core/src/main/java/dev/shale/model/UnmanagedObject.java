package dev.shale.model;

/**
 * An object found in the database that the model does not cover yet (function, procedure,
 * trigger, policy, extension, domain, rule, event, …). Inspection lists it so that output
 * can say "not managed" instead of pretending the database holds nothing else.
 *
 * @param kind  lower-case kind: {@code function}, {@code trigger}, {@code extension}, …
 * @param table the table it belongs to (triggers, policies), or null
 */
public record UnmanagedObject(String kind, QualifiedName name, QualifiedName table) {
    String sortKey() {
        return kind + " " + name + " " + (table == null ? "" : table);
    }
}
