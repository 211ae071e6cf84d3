package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.fixture;
import static dev.shale.dialect.postgres.PostgresCatalog.inspect;
import static dev.shale.dialect.postgres.PostgresCatalog.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The statements rendered for a fixture, character for character: {@code inspect --format sql}
 * files are committed and diffed, so the text must not change when the renderer does.
 */
class PostgresDdlRendererTest {

    @Test
    void theRichFixtureRendersExactlyAsBefore() {
        assertRendersAs("rich.sql", "rich.expected.sql");
    }

    @Test
    void namesThatNeedQuotingRenderExactlyAsBefore() {
        assertRendersAs("names.sql", "names.expected.sql");
    }

    private static void assertRendersAs(String schema, String expected) {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute(fixture(schema));

            String rendered = render(db, inspect(db)).stream().map(s -> s + ";\n").collect(Collectors.joining("\n"));

            assertThat(rendered).isEqualTo(fixture(expected));
        }
    }
}
