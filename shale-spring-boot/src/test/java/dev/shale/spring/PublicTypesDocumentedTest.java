package dev.shale.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.UndocumentedTypes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every public type of the Spring Boot module says what it is for. */
class PublicTypesDocumentedTest {

    @Test
    void everyPublicTopLevelTypeHasAJavadocComment() {
        assertThat(UndocumentedTypes.in(Path.of("src/main/java"))).isEmpty();
    }
}
