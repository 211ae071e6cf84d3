package dev.shale.impact;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a database name as application code spells it: {@code preferred_language} matches
 * {@code preferred_language}, {@code preferredLanguage}, {@code PreferredLanguage},
 * {@code PREFERRED_LANGUAGE} and {@code "preferred_language"}, but not {@code preferred_languages}
 * or {@code not_preferred_language}: a match must be a whole identifier.
 */
final class IdentifierPattern {
    /** Characters that continue an identifier in the languages apps are written in. */
    private static final String IDENTIFIER_CHAR = "[\\p{L}\\p{N}_$]";

    private IdentifierPattern() {
    }

    static Pattern of(String name) {
        String words = Arrays.stream(name.split("_+")).filter(w -> !w.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining("_?"));
        return Pattern.compile("(?<!" + IDENTIFIER_CHAR + ")(?iu:" + words + ")(?!" + IDENTIFIER_CHAR + ")");
    }
}
