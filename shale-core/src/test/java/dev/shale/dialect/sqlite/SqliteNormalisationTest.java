package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SqliteNormalisationTest {
    private final SqliteSqlText text = new SqliteSqlText(new SqliteDialect()::quote);
    private final SqliteDefaults defaults = new SqliteDefaults(text);

    @ParameterizedTest(name = "type [{0}] is [{1}]")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "integer;INTEGER",
        "  varchar ( 10 )  ;VARCHAR(10)",
        "decimal(10 ,  2);DECIMAL(10,2)",
        "unsigned   big\tint;UNSIGNED BIG INT",
        "double precision;DOUBLE PRECISION",
        "INT;INT",
        "numeric(-1, +2);NUMERIC(-1,+2)",
    })
    void declaredTypesAreUpperCaseWithWhitespaceCollapsedButNotResolvedToAnAffinity(String declared, String canonical) {
        assertThat(SqliteTypes.canonical(declared)).isEqualTo(canonical);
    }

    @Test
    void aColumnWithoutTypeHasTheEmptyType() {
        assertThat(SqliteTypes.canonical(null)).isEmpty();
        assertThat(SqliteTypes.canonical("")).isEmpty();
    }

    @ParameterizedTest(name = "default [{0}] is [{1}]")
    @CsvSource(delimiter = ';', quoteCharacter = '`', nullValues = "<none>", value = {
        "'abc';'abc'",
        "('abc');'abc'",
        "'it''s';'it''s'",
        "abc;'abc'",
        "key;'key'",
        "\"abc\";'abc'",
        "-1;-1",
        "(-1);-1",
        "+5;5",
        "- 2.5;-2.5",
        "0x1F;31",
        "1_000;1000",
        "NULL;<none>",
        "(null);<none>",
        "true;1",
        "FALSE;0",
        "current_timestamp;CURRENT_TIMESTAMP",
        "(CURRENT_DATE);CURRENT_DATE",
        "x'00ff';X'00FF'",
        "1+2;1 + 2",
        "((1 +  2));1 + 2",
        "(1 + 2) * 3;(1 + 2) * 3",
        "DateTime( 'now' , 'localtime' );datetime('now', 'localtime')",
        "'a'||'b';'a' || 'b'",
    })
    void defaultsAreNormalisedToOneFormPerValue(String stored, String canonical) {
        assertThat(defaults.canonical(stored)).isEqualTo(canonical);
    }

    @Test
    void noDefaultStaysNoDefault() {
        assertThat(defaults.canonical(null)).isNull();
    }

    @ParameterizedTest(name = "[{0}] is literal: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "'a';true", "-1;true", "1.5;true", "X'00';true", "CURRENT_TIME;true",
        "1 + 2;false", "datetime('now');false", "'a' || 'b';false",
    })
    void onlyLiteralDefaultsAreWrittenWithoutParentheses(String canonical, boolean literal) {
        assertThat(SqliteDefaults.isLiteral(canonical)).isEqualTo(literal);
    }

    @Test
    void expressionsGetCanonicalSpacingKeywordCaseAndOperators() {
        assertThat(text.render("a==1 and(b!=2 OR c is not null)", SqliteSqlText.NO_NAMES))
                .isEqualTo("a = 1 AND (b <> 2 OR c IS NOT NULL)");
        assertThat(text.render("x between - 1 and +2 AND y = -(z)", SqliteSqlText.NO_NAMES))
                .isEqualTo("x BETWEEN -1 AND +2 AND y = -(z)");
        assertThat(text.render("LENGTH ( trim(name) )>0 /* why */ -- note", SqliteSqlText.NO_NAMES))
                .isEqualTo("length(trim(name)) > 0");
        assertThat(text.render("cast( a as text ) collate nocase", SqliteSqlText.NO_NAMES))
                .isEqualTo("CAST (a AS text) COLLATE NOCASE");
        assertThat(text.render("t . a+t.\"b\"-1", SqliteSqlText.NO_NAMES)).isEqualTo("t.a + t.\"b\" - 1");
    }

    @Test
    void identifiersThatNameAColumnAreWrittenAsTheColumnWhateverTheirQuotesAndCase() {
        SqliteSqlText.Names columns = SqliteSqlText.names(List.of("Price", "order", "prénom"), text::quote);

        String expected = "\"Price\" > 0 AND \"order\" IS NOT NULL AND \"prénom\" <> ''";
        assertThat(text.render("price > 0 and [order] is not null and prénom <> ''", columns)).isEqualTo(expected);
        assertThat(text.render("\"PRICE\">0 AND `order` IS NOT NULL AND \"prénom\"<>''", columns)).isEqualTo(expected);
    }

    @Test
    void aDoubleQuotedWordThatNamesNoColumnStaysQuotedBecauseSqliteMayReadItAsAString() {
        SqliteSqlText.Names columns = SqliteSqlText.names(List.of("status"), text::quote);

        assertThat(text.render("status IN ([active], \"gone\")", columns)).isEqualTo("\"status\" IN (\"active\", \"gone\")");
    }

    @Test
    void renderingIsIdempotent() {
        SqliteSqlText.Names columns = SqliteSqlText.names(List.of("a", "b"), text::quote);
        String once = text.render("A*(b+1) >= -3 AND lower(b) GLOB 'x*' COLLATE nocase", columns);

        assertThat(text.render(once, columns)).isEqualTo(once);
        assertThat(defaults.canonical(defaults.canonical("((1+2)*3)"))).isEqualTo(defaults.canonical("((1+2)*3)"));
    }
}
