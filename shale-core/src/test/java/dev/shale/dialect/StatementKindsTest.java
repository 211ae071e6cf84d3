package dev.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementKindsTest {
    private final StatementKinds kinds = new StatementKinds(Map.of(
            "VACUUM", "VACUUM\\b",
            "CREATE INDEX CONCURRENTLY", "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b",
            "CREATE ANY INDEX", "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\b"));

    @Test
    void recognisesAStatementByItsHeadPastLeadingComments() {
        assertThat(kinds.kindOf("-- tidy up\n/* twice */ vacuum analyze t")).contains("VACUUM");
        assertThat(kinds.kindOf("  VACUUM")).contains("VACUUM");
    }

    @Test
    void aKindNamedLaterInTheStatementIsNotItsKind() {
        assertThat(kinds.kindOf("SELECT 'VACUUM'")).isEmpty();
        assertThat(kinds.kindOf("COMMENT ON TABLE t IS 'VACUUM'; VACUUM")).isEmpty();
        assertThat(kinds.kindOf("VACUUMS")).isEmpty();
    }

    @Test
    void whenSeveralKindsMatchTheFirstByNameIsTheAnswer() {
        assertThat(kinds.kindOf("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)")).contains("CREATE ANY INDEX");
        assertThat(new StatementKinds(Map.of("B", "CREATE\\b", "A", "CREATE\\s+INDEX\\b"))
                .kindOf("CREATE INDEX i ON t (a)")).contains("A");
    }
}
