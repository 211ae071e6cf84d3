package dev.shale.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintsTest {
    @Test
    void aContenderThatBuildsADifferentSchemaFailsTheScenario() {
        Fingerprints fingerprints = new Fingerprints(8);
        fingerprints.record("shale migrate", new SchemaFingerprint(8, "aaaa"));
        fingerprints.record("psql -f", new SchemaFingerprint(8, "aaaa"));

        assertThatThrownBy(() -> fingerprints.record("flyway migrate", new SchemaFingerprint(8, "bbbb")))
                .hasMessageContaining("schema fingerprints differ");
        assertThat(fingerprints.describe()).isEqualTo("equal for [shale migrate, psql -f]: 8 tables, sha256 aaaa");
    }

    @Test
    void aContenderThatLeavesTooFewTablesFailsTheScenario() {
        assertThatThrownBy(() -> new Fingerprints(8).record("shale migrate", new SchemaFingerprint(0, "e3b0")))
                .hasMessageContaining("left 0 tables, expected 8");
    }
}
