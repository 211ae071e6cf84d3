package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.shale.dialect.SafetyFacts.WorkKind;
import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.impact.CodeReference;
import dev.shale.lint.format.LintFormat;
import dev.shale.model.QualifiedName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every output format against its golden file (src/test/resources/lint/report.*), and SARIF's required shape. */
class LintFormatsTest {
    private static final Path BASE = Path.of("/repo");
    private static final Path FILE = BASE.resolve("migrations/0002_drop.sql");

    /**
     * One finding of each severity (one with a source line using it), one approved finding, one
     * stale approval, and one estimate from a production environment's statistics.
     */
    static LintReport report() {
        Finding blocked = new Finding(Rules.NOT_NULL_COLUMN, "adds NOT NULL column public.t.n without a default",
                FILE, 4, "ALTER TABLE t ADD COLUMN n integer NOT NULL", Optional.of("ACCESS EXCLUSIVE (blocks reads and writes)"),
                Optional.empty());
        Finding needsApproval = new Finding(Rules.DROP_TABLE, "drops table public.old and every row in it", FILE, 5,
                "DROP TABLE old", Optional.of("ACCESS EXCLUSIVE (blocks reads and writes)"), Optional.empty())
                .usedIn(List.of(new CodeReference(Path.of("src/Old.java"), 3, "record Old(long id) {}")));
        Finding approved = new Finding(Rules.DROP_COLUMN, "drops column public.t.c and its data", FILE, 3,
                "ALTER TABLE t DROP COLUMN c", Optional.empty(),
                Optional.of(new Approval("DS102", "column unused since v2.3", FILE, 1)));
        Finding info = new Finding(Rules.TABLE_REBUILD, "rebuilds table t (copies every row)", FILE, 6,
                "DROP TABLE t", Optional.empty(), Optional.empty());
        Estimate rewrite = new Estimate(4, QualifiedName.of("public", "t"), WorkKind.REWRITE,
                new TableSize(12_000_000, 3L * 1024 * 1024 * 1024), Duration.ofSeconds(61), true, true);
        MigrationLint lint = new MigrationLint(FILE, List.of(approved, blocked, needsApproval, info),
                List.of(new Approval("DS501", "renamed on purpose", FILE, 2)), List.of(rewrite));
        EstimateBasis prod = new EstimateBasis("prod", Map.of(), Duration.ofSeconds(2));
        return new LintReport("postgresql", List.of(lint), Optional.of(prod));
    }

    @ParameterizedTest
    @EnumSource(LintFormat.class)
    void eachFormatRendersTheReportAsItsGoldenFile(LintFormat format) throws IOException {
        String golden = resource("lint/report." + format.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(format.render(report(), BASE)).isEqualTo(golden);
    }

    @Test
    void theGateOfTheReportIsBlockedWhenAnUnapprovedFindingBlocks() {
        assertThat(report().gate()).isEqualTo(LintGate.BLOCKED);
        assertThat(report().gate().exitCode()).isEqualTo(2);
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws IOException {
        JsonSchema schema;
        try (InputStream in = LintFormatsTest.class.getClassLoader()
                .getResourceAsStream("lint/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode sarif = new ObjectMapper().readTree(LintFormat.SARIF.render(report(), BASE));
        assertThat(schema.validate(sarif)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif).remove("version");
        assertThat(schema.validate(sarif)).as("the validator does reject a log without its version").isNotEmpty();
    }

    /** What the schema cannot say: every ruleIndex points at its rule, and the paths are relative. */
    @Test
    void sarifHasTheStructureTheSchemaRequires() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(LintFormat.SARIF.render(report(), BASE));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("shale");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(4);
        for (JsonNode result : results) {
            assertThat(result.path("message").path("text").isTextual()).isTrue();
            assertThat(driver.path("rules").get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
            assertThat(result.path("level").asText()).isIn("error", "warning", "note");
            JsonNode location = result.path("locations").get(0).path("physicalLocation");
            assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("migrations/0002_drop.sql");
            assertThat(location.path("region").path("startLine").asInt()).isPositive();
        }
        assertThat(results.findValues("suppressions")).singleElement()
                .satisfies(s -> assertThat(s.get(0).path("kind").asText()).isEqualTo("inSource"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintFormatsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
