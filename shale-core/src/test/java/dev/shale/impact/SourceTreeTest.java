package dev.shale.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files {@code shale impact} searches, and what a reference shows. */
class SourceTreeTest {
    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void searchesTextSourcesButNotMigrationsBuildOutputIgnoredOrBinaryFiles() throws IOException {
        write("src/App.kt", "package app\n\nval email = user.emailAddress\n");
        write("web/user.ts", "export interface User { email_address: string }\n");
        write("migrations/0002_drop.sql", "ALTER TABLE users DROP COLUMN email_address;\n");
        write("schema/schema.sql", "email_address text\n");
        write("target/classes/App.txt", "emailAddress\n");
        write("node_modules/lib/index.js", "emailAddress\n");
        write("logs/today.log", "emailAddress\n");
        write(".gitignore", "# local\n/logs/\n*.tmp\n");
        write("notes.tmp", "emailAddress\n");
        Files.write(dir.resolve("src/blob.bin"), new byte[] {'e', 0, 'm', 'a', 'i', 'l', 'A', 'd', 'd', 'r', 'e', 's', 's'});

        assertThat(SourceTree.read(dir).find("email_address")).extracting(CodeReference::display)
                .containsExactly("src/App.kt:3: val email = user.emailAddress",
                        "web/user.ts:1: export interface User { email_address: string }");
    }

    @Test
    void aMissingSourceDirectoryIsAUsageError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceTree.read(dir.resolve("nope")))
                .hasMessageContaining("no such source directory");
    }
}
