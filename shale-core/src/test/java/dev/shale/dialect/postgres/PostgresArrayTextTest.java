package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Arrays as the server writes them, read back element by element. */
class PostgresArrayTextTest {

    @Test
    void whatTheServerQuotesAndEscapesReadsBackAsTheOriginalElements() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            String text = db.queryValue("SELECT ARRAY['plain', 'a,b', 'NULL', 'null', NULL, '', 'x\"y', 'back\\slash', "
                    + "' sp ', '{br}', 'é', 'tab\tin']::name[]::text");

            assertThat(PostgresArrayText.elements(text)).containsExactly("plain", "a,b", "NULL", "null", null, "",
                    "x\"y", "back\\slash", " sp ", "{br}", "é", "tab\tin");
        }
    }

    @Test
    void emptyAndBooleanArraysAndOtherLowerBounds() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            assertThat(PostgresArrayText.strings(db.queryValue("SELECT ARRAY(SELECT 1 WHERE false)::text"))).isEmpty();
            boolean[] booleans = PostgresArrayText.booleans(db.queryValue("SELECT ARRAY[true, false, true]::text"));
            assertThat(Arrays.toString(booleans)).isEqualTo("[true, false, true]");
            assertThat(PostgresArrayText.elements(db.queryValue("SELECT '[0:1]={a,b}'::text[]::text")))
                    .containsExactly("a", "b");
        }
        assertThat(PostgresArrayText.strings(null)).isEmpty();
    }

    @Test
    void nestedArraysAreRefused() {
        assertThatThrownBy(() -> PostgresArrayText.elements("{{a,b},{c,d}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
