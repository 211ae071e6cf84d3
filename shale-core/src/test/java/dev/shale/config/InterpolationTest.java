package dev.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {
    private final Interpolation interpolation = new Interpolation(Map.of("HOST", "db", "EMPTY", ""));

    @Test
    void replacesVariables() {
        assertThat(interpolation.apply("postgres://${HOST}:5432/app", "k")).isEqualTo("postgres://db:5432/app");
    }

    @Test
    void usesTheDefaultWhenTheVariableIsUnsetOrEmpty() {
        assertThat(interpolation.apply("${PORT:-5432}", "k")).isEqualTo("5432");
        assertThat(interpolation.apply("${EMPTY:-x}", "k")).isEqualTo("x");
        assertThat(interpolation.apply("${HOST:-x}", "k")).isEqualTo("db");
        assertThat(interpolation.apply("${PORT:-}", "k")).isEmpty();
    }

    @Test
    void doubleDollarIsALiteral() {
        assertThat(interpolation.apply("a$${HOST}", "k")).isEqualTo("a${HOST}");
    }

    @Test
    void unsetVariableWithoutDefaultNamesTheVariableAndTheKey() {
        assertThatThrownBy(() -> interpolation.apply("${PROD_URL}", "env.production.url"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable PROD_URL is not set (used by env.production.url)");
    }
}
