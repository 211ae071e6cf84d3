package dev.shale.dialect;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named patterns that recognise a kind of statement by its head, past any leading comments:
 * how a dialect tells which statements cannot run inside a transaction.
 */
public final class StatementKinds {
    private static final String LEADING_COMMENTS = "(?is)^\\s*(?:(?:--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)\\s*)*";

    private final Map<String, Pattern> kinds;

    /** @param heads statement kind → regular expression of its head, e.g. {@code "VACUUM\\b"} */
    public StatementKinds(Map<String, String> heads) {
        this.kinds = Map.copyOf(heads.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> Pattern.compile(LEADING_COMMENTS + e.getValue(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL))));
    }

    /** The kind of {@code statement}, if it is one of these. */
    public Optional<String> kindOf(String statement) {
        return kinds.entrySet().stream().filter(e -> e.getValue().matcher(statement).find())
                .map(Map.Entry::getKey).sorted().findFirst();
    }
}
