package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.dialect.sqlite.SqliteToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTokenizerTest {

    private static List<String> texts(String sql) {
        return SqliteTokenizer.tokenize(sql).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void identifiersInDoubleQuotesBracketsAndBackticksLoseTheirQuotes() {
        assertThat(texts("\"a \"\"b\"\"\" [c d] `e``f`"))
                .containsExactly("QUOTED:a \"b\"", "QUOTED:c d", "QUOTED:e`f");
    }

    @Test
    void aStringKeepsItsQuotesAndDoubledQuotesAndHidesWhatLooksLikeSql() {
        assertThat(texts("'it''s -- not a comment, (nor a paren'"))
                .containsExactly("STRING:'it''s -- not a comment, (nor a paren'");
    }

    @Test
    void commentsAndWhitespaceDisappear() {
        assertThat(texts("a -- line comment ( \n /* block ' \" comment */ b\t\r\nc /* unterminated"))
                .containsExactly("WORD:a", "WORD:b", "WORD:c");
    }

    @Test
    void quoteCharactersInsideOtherQuotesAreText() {
        assertThat(texts("[a\"b] \"c]d\" 'e\"f' `g'h`"))
                .containsExactly("QUOTED:a\"b", "QUOTED:c]d", "STRING:'e\"f'", "QUOTED:g'h");
    }

    @Test
    void numbersBlobsAndParametersAreSingleTokens() {
        assertThat(texts("1 -2.5e-3 .5 0x1F 1_000 x'00ff' X'AB' ? ?1 :name @p $v"))
                .containsExactly("NUMBER:1", "SYMBOL:-", "NUMBER:2.5e-3", "NUMBER:.5", "NUMBER:0x1F",
                        "NUMBER:1_000", "BLOB:x'00ff'", "BLOB:X'AB'", "PARAMETER:?", "PARAMETER:?1",
                        "PARAMETER::name", "PARAMETER:@p", "PARAMETER:$v");
    }

    @Test
    void multiCharacterOperatorsAreOneToken() {
        assertThat(texts("a||b<=c<>d!=e==f->>'$.x'->g<<1"))
                .containsExactly("WORD:a", "SYMBOL:||", "WORD:b", "SYMBOL:<=", "WORD:c", "SYMBOL:<>", "WORD:d",
                        "SYMBOL:!=", "WORD:e", "SYMBOL:==", "WORD:f", "SYMBOL:->>", "STRING:'$.x'", "SYMBOL:->",
                        "WORD:g", "SYMBOL:<<", "NUMBER:1");
    }

    @Test
    void unicodeLettersBelongToBareWords() {
        assertThat(SqliteTokenizer.tokenize("prénom 表")).extracting(SqliteToken::kind, SqliteToken::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.WORD, "prénom"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORD, "表"));
    }

    @Test
    void anUnterminatedStringIsAnError() {
        assertThatThrownBy(() -> SqliteTokenizer.tokenize("SELECT 'oops")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
