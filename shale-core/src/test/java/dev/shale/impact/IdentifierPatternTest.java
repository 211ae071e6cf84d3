package dev.shale.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database name is found as code spells it, and only as a whole identifier. */
class IdentifierPatternTest {
    private static final Pattern PREFERRED_LANGUAGE = IdentifierPattern.of("preferred_language");

    @ParameterizedTest
    @ValueSource(strings = {"SELECT preferred_language FROM users", "user.preferredLanguage()",
            "class PreferredLanguage {", "static final String PREFERRED_LANGUAGE = \"x\";",
            "row.get(\"preferred_language\")", "  preferredLanguage: string;", "u.`preferred_language`"})
    void findsTheNameInEachSpelling(String line) {
        assertThat(PREFERRED_LANGUAGE.matcher(line).find()).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"preferred_languages", "not_preferred_language", "notPreferredLanguage",
            "preferredLanguages()", "preferred language", "$preferred_language2"})
    void doesNotFindPartsOfOtherIdentifiers(String line) {
        assertThat(PREFERRED_LANGUAGE.matcher(line).find()).as(line).isFalse();
    }
}
