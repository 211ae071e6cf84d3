package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theLibraryIsCopiedOnceAndThenReused() throws Exception {
        Optional<Path> first = SqliteNativeLibrary.cachedCopy(cache);

        assertThat(first).isPresent();
        Path library = first.get();
        assertThat(library).startsWith(cache.resolve("sqlite-jdbc")).hasFileName(System.mapLibraryName("sqlitejdbc"));
        long size = Files.size(library);
        assertThat(size).isGreaterThan(100_000);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(library, written);

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(written);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no partial copy left").containsExactly(library);
        }
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        long size = Files.size(library);
        Files.write(library, new byte[10]);

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
        assertThat(Files.size(library)).isEqualTo(size);
    }

    @Test
    void anUnwritableCacheLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");

        assertThat(SqliteNativeLibrary.cachedCopy(notAFolder)).isEmpty();
    }

    @Test
    void onlyPlatformsNamedWithoutProbingAreMapped() {
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "amd64")).contains("Linux/x86_64");
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "aarch64")).contains("Linux/aarch64");
        assertThat(SqliteNativeLibrary.platformFolder("Mac OS X", "aarch64")).contains("Mac/aarch64");
        assertThat(SqliteNativeLibrary.platformFolder("Windows 11", "amd64")).contains("Windows/x86_64");
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "arm")).isEmpty();
        assertThat(SqliteNativeLibrary.platformFolder("FreeBSD", "amd64")).isEmpty();
    }
}
