package dev.shale.dialect.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Lets the SQLite driver load its native library from a copy kept in the user's cache folder.
 * Left alone, sqlite-jdbc writes its library (about 1 MB) out of the jar into a new temporary
 * file in every process and, on Linux, starts {@code uname} to tell Android apart: a large part
 * of a short SQLite command's start-up. The copy lives in
 * {@code $XDG_CACHE_HOME/shale/sqlite-jdbc/VERSION/OS/ARCH} (or {@code ~/.cache/...}), is written
 * once through a temporary file and an atomic move, and is used only when its size is that of
 * the library in the jar. When anything is off (another platform, no cache folder, the user's own
 * {@code org.sqlite.lib.path}), nothing is set and the driver loads its library its own way; a
 * copy that does not load (a musl system) makes the driver fall back to its own way too.
 */
final class SqliteNativeLibrary {
    private static final String LIBRARY_PATH = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";
    private static volatile boolean settled;

    private SqliteNativeLibrary() {
    }

    /** Points the driver at the cached copy (writing it first when needed), once per process. */
    static void preferCachedCopy() {
        if (!settled) {
            synchronized (SqliteNativeLibrary.class) {
                if (!settled && System.getProperty(LIBRARY_PATH) == null) {
                    cacheRoot().flatMap(SqliteNativeLibrary::cachedCopy).ifPresent(library -> {
                        System.setProperty(LIBRARY_PATH, library.getParent().toString());
                        System.setProperty(LIBRARY_NAME, library.getFileName().toString());
                    });
                }
                settled = true;
            }
        }
    }

    /** The cached copy under {@code cacheRoot}, written when missing; empty when the driver should do it its way. */
    static Optional<Path> cachedCopy(Path cacheRoot) {
        Optional<String> folder = platformFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        Optional<String> version = driverVersion();
        if (folder.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "org/sqlite/native/" + folder.get() + "/" + name;
        Path library = cacheRoot.resolve("sqlite-jdbc").resolve(version.get()).resolve(folder.get()).resolve(name);
        URL packaged = loader().getResource(resource);
        if (packaged == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = packaged.openConnection();
            long size = connection.getContentLengthLong();
            if (size > 0 && Files.isRegularFile(library) && Files.size(library) == size) {
                return Optional.of(library);
            }
            Files.createDirectories(library.getParent());
            Path partial = Files.createTempFile(library.getParent(), name, ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException unusable) {
            // A read-only home, a full disk: the driver extracts its library itself, as without this.
            return Optional.empty();
        }
    }

    /** sqlite-jdbc's folder for this platform, for the platforms whose name needs no probing. */
    static Optional<String> platformFolder(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String family = os.startsWith("linux") ? "Linux" : os.startsWith("mac") ? "Mac"
                : os.startsWith("windows") ? "Windows" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return family == null || arch == null ? Optional.empty() : Optional.of(family + "/" + arch);
    }

    private static Optional<Path> cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "shale"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "shale"));
    }

    private static Optional<String> driverVersion() {
        try (InputStream in = loader().getResourceAsStream("sqlite-jdbc.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(v -> v.matches("[0-9A-Za-z.\\-]+"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static ClassLoader loader() {
        return SqliteNativeLibrary.class.getClassLoader();
    }
}
