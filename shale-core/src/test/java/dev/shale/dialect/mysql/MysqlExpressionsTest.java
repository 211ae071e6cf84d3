package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outer parentheses and string literals, the way both servers print them. */
class MysqlExpressionsTest {

    @Test
    void onlyAParenthesisEnclosingTheWholeExpressionIsOuter() {
        assertThat(MysqlExpressions.isWrapped("(a + b)")).isTrue();
        assertThat(MysqlExpressions.isWrapped("(a) + (b)")).isFalse();
        assertThat(MysqlExpressions.isWrapped("(a = ')(')")).isTrue();
        assertThat(MysqlExpressions.isWrapped("uuid()")).isFalse();
    }

    @Test
    void unwrapRemovesEveryEnclosingPairAndWrapLeavesExactlyOne() {
        assertThat(MysqlExpressions.unwrap("((`a` > 0))")).isEqualTo("`a` > 0");
        assertThat(MysqlExpressions.unwrap("(`a`) > (0)")).isEqualTo("(`a`) > (0)");
        assertThat(MysqlExpressions.wrap("((uuid()))")).isEqualTo("(uuid())");
        assertThat(MysqlExpressions.wrap("uuid()")).isEqualTo("(uuid())");
    }

    @Test
    void stringLiteralsDoubleQuotesAndEscapeBackslashes() {
        assertThat(MysqlExpressions.quoteString("it's a\\b")).isEqualTo("'it''s a\\\\b'");
    }
}
