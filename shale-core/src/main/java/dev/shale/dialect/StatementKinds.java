package dev.shale.dialect;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Named patterns that recognise a kind of statement by its head, past any leading comments:
 * how a dialect tells which statements cannot run inside a transaction.
 */
public final class StatementKinds {
    /**
     * A statement's leading whitespace and comments, as a regular expression to compile with
     * {@link Pattern#DOTALL}: what comes before the head that tells a statement's kind.
     */
    public static final String LEADING_COMMENTS = "^\\s*(?:(?:--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)\\s*)*";

    /** By kind, in name order: the first kind that matches is the answer. */
    private final SortedMap<String, Pattern> kinds = new TreeMap<>();

    /** @param heads statement kind → regular expression of its head, e.g. {@code "VACUUM\\b"} */
    public StatementKinds(Map<String, String> heads) {
        heads.forEach((kind, head) -> kinds.put(kind,
                Pattern.compile(LEADING_COMMENTS + head, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)));
    }

    /** The kind of {@code statement}, if it is one of these. */
    public Optional<String> kindOf(String statement) {
        for (Map.Entry<String, Pattern> kind : kinds.entrySet()) {
            // Anchored at the start: lookingAt tries there only, where find would try every position.
            if (kind.getValue().matcher(statement).lookingAt()) {
                return Optional.of(kind.getKey());
            }
        }
        return Optional.empty();
    }
}
