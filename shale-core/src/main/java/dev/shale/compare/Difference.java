package dev.shale.compare;

import java.util.List;

/**
 * One object that differs between TARGET and SOURCE, shown side by side and classified.
 *
 * @param table          the table (or enum, sequence, view) it belongs to
 * @param object         what kind of object: {@code table}, {@code column}, {@code index}, …
 * @param name           the object's name within the table (the table's own name for a table)
 * @param target         how TARGET has it, empty when TARGET lacks it
 * @param source         how SOURCE has it, empty when SOURCE lacks it
 * @param classification breaking, risky or safe
 * @param findings       the lint rules that fire on it
 * @param sql            the statements that make this change on TARGET
 */
public record Difference(String table, String object, String name, String target, String source,
                         Classification classification, List<RuleFinding> findings, List<String> sql) {
    public Difference {
        findings = List.copyOf(findings);
        sql = List.copyOf(sql);
    }

    /** What promoting SOURCE does to the object: {@code added}, {@code dropped} or {@code changed}. */
    public String action() {
        if (target.isEmpty()) {
            return "added";
        }
        return source.isEmpty() ? "dropped" : "changed";
    }
}
