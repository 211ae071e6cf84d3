package dev.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.junit.jupiter.api.Test;

class TomlDocumentTest {

    @Test
    void buildsTheSameTreeAsJacksonsMapper() throws Exception {
        String text = """
                title = "x"
                count = 3
                ratio = 0.5
                on = true
                off = false
                day = 2026-11-21
                list = ["a", "b", 3]
                inline = { a = 1, b = { c = "d" } }

                [env.dev]
                url = "sqlite:shale.db"
                production = false

                [[hooks]]
                name = "one"

                [[hooks]]
                name = "two"
                """;
        JsonNode expected = new TomlMapper().readTree(text);
        JsonNode actual = TomlDocument.parse(text);
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual.at("/env/dev/url").asText()).isEqualTo("sqlite:shale.db");
        assertThat(actual.at("/hooks/1/name").asText()).isEqualTo("two");
    }

    @Test
    void anEmptyTextIsAnEmptyTable() throws Exception {
        assertThat(TomlDocument.parse("").isObject()).isTrue();
        assertThat(TomlDocument.parse("# only a comment\n").size()).isZero();
    }
}
