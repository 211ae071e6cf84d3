package dev.shale.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.compare.format.CompareFormat;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format against a reviewed golden file (src/test/resources/compare), from a real
 * PostgreSQL dev and prod; and names full of markup escaped in Markdown and HTML. On a mismatch
 * the actual output is written to target/compare-golden for review.
 */
class CompareFormatTest {
    @TempDir
    Path dir;

    @Test
    void everyFormatMatchesItsGoldenFile() throws IOException {
        try (TestDatabase dev = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase prod = TestDatabase.create(TestDialect.POSTGRES)) {
            prod.execute(CompareTest.PROD);
            dev.execute(CompareTest.DEV);
            ComparisonReport report = new CompareProject(dir, dev, prod).compare("dev", "prod");
            assertGolden("report.txt", CompareFormat.TEXT.render(report, true, line -> "[red]" + line + "[/red]"));
            assertGolden("report.json", CompareFormat.JSON.render(report, true, line -> line));
            assertGolden("report.md", CompareFormat.MARKDOWN.render(report, true, line -> line));
            assertGolden("report.html", CompareFormat.HTML.render(report, true, line -> line));
        }
    }

    @Test
    void namesWithMarkupAreEscapedInMarkdownAndHtml() {
        Difference odd = new Difference("public.\"<b>x|y`z\"", "column", "<script>alert('é')</script>", "",
                "text NULL", Classification.SAFE, List.of(), List.of("ALTER TABLE x ADD \"```\" text"));
        ComparisonReport report = new ComparisonReport("dev", "prod & co", "postgres",
                List.of(new TableComparison(odd.table(), "both", List.of(odd))), odd.sql(), List.of(),
                Optional.empty());

        String html = CompareFormat.HTML.render(report, true, line -> line);
        String markdown = CompareFormat.MARKDOWN.render(report, true, line -> line);

        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;alert(&#39;é&#39;)",
                "prod &amp; co").doesNotContain("src=", "href=");
        assertThat(markdown).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "x\\|y\\`z", "````sql");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = Path.of("src/test/resources/compare", name);
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Path.of("target/compare-golden", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("golden file " + name + " (actual in target/compare-golden)").isEqualTo(expected);
    }
}
