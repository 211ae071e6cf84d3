package dev.shale.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCanOpenMarkupOrCloseAnAttribute() {
        assertThat(Html.escape("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    }

    @Test
    void leavesPlainTextAndNonAsciiAloneAndTurnsNullIntoNothing() {
        assertThat(Html.escape("café users.id → orders")).isEqualTo("café users.id → orders");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void encodesQueryValues() {
        assertThat(Html.query("@schema & more")).isEqualTo("%40schema+%26+more");
    }
}
