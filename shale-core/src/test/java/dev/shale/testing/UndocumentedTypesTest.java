package dev.shale.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndocumentedTypesTest {

    @Test
    void aJavadocDirectlyBeforeTheTypeOrItsAnnotationsCounts() {
        assertThat(UndocumentedTypes.documented("package a;\n\n/** Does a thing. */\npublic final class A {}\n")).isTrue();
        assertThat(UndocumentedTypes.documented("package a;\n/**\n * Runs.\n */\n@Command(name = \"x\", description = "
                + "{\"a (b\", \"c)\"})\n@FunctionalInterface\npublic interface A {}\n")).isTrue();
        assertThat(UndocumentedTypes.documented("package a;\nclass Hidden {}\n")).as("not public").isTrue();
    }

    @Test
    void aMissingOrPlainCommentDoesNotCount() {
        assertThat(UndocumentedTypes.documented("package a;\n\npublic record A(int x) {}\n")).isFalse();
        assertThat(UndocumentedTypes.documented("package a;\n/* plain */\npublic enum A { X }\n")).isFalse();
        assertThat(UndocumentedTypes.documented("package a;\n/** Old. */\nimport b.C;\n\n@Deprecated\npublic class A {}\n"))
                .as("a Javadoc separated by imports").isFalse();
    }

    @Test
    void aSourceTreeIsListedByTheFilesThatLackIt(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/Good.java"), "package a;\n/** Good. */\npublic class Good {}\n");
        Files.writeString(root.resolve("a/b/Bad.java"), "package a.b;\npublic class Bad {}\n");
        Files.writeString(root.resolve("a/package-info.java"), "package a;\n");

        assertThat(UndocumentedTypes.in(root)).containsExactly("a/b/Bad.java");
    }
}
