package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.UndocumentedTypes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every public type of shale-cli says what it is for. */
class PublicTypesDocumentedTest {

    @Test
    void everyPublicTopLevelTypeHasAJavadocComment() {
        assertThat(UndocumentedTypes.in(Path.of("src/main/java"))).isEmpty();
    }
}
