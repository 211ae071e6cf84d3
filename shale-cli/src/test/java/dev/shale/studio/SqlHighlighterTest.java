package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlHighlighterTest {
    @Test
    void marksKeywordsWhateverTheirCaseAndLeavesNamesPlain() {
        assertThat(SqlHighlighter.highlight("alter TABLE users"))
                .isEqualTo("<span class=\"sql-keyword\">alter</span> <span class=\"sql-keyword\">TABLE</span> users");
    }

    @Test
    void stringsCommentsNumbersAndQuotedNamesHaveTheirOwnClass() {
        String html = SqlHighlighter.highlight("-- add it\nINSERT INTO \"Order\" VALUES (42, 'it''s');");

        assertThat(html).startsWith("<span class=\"sql-comment\">-- add it</span>\n")
                .contains("<span class=\"sql-ident\">&quot;Order&quot;</span>")
                .contains("<span class=\"sql-number\">42</span>")
                .contains("<span class=\"sql-string\">&#39;it&#39;&#39;s&#39;</span>");
    }

    @Test
    void aKeywordInsideAStringOrCommentIsNotMarkedAndMarkupIsEscaped() {
        String html = SqlHighlighter.highlight("SELECT '<b>drop</b>' /* drop table */");

        assertThat(html).isEqualTo("<span class=\"sql-keyword\">SELECT</span> "
                + "<span class=\"sql-string\">&#39;&lt;b&gt;drop&lt;/b&gt;&#39;</span> "
                + "<span class=\"sql-comment\">/* drop table */</span>");
    }

    @Test
    void anUnterminatedStringRunsToTheEndInsteadOfFailing() {
        assertThat(SqlHighlighter.highlight("SELECT 'open")).endsWith("<span class=\"sql-string\">&#39;open</span>");
    }
}
