package dev.shale.migrate.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a migration directory: Shale files ({@code <version>_<description>.sql} with
 * {@code -- shale:up} / {@code -- shale:down} sections) and Flyway files as they are
 * ({@code V3__desc.sql}, its down {@code U3__desc.sql}, repeatable {@code R__desc.sql}).
 * Every read checks {@code shale.sum} first.
 */
public final class MigrationDirectory {
    private static final Pattern SHALE = Pattern.compile("(\\d+)_(.+)\\.sql");
    private static final Pattern FLYWAY_UP = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern FLYWAY_DOWN = Pattern.compile("U(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

    private static final String NAMING = "name migrations <version>_<description>.sql (e.g. "
            + "20261121093000_add_orders.sql, 0003_add_orders.sql) or in Flyway's form V3__add_orders.sql / "
            + "U3__add_orders.sql / R__views.sql";

    private final ScriptParser parser = new ScriptParser();

    /** Reads and verifies {@code dir}; a directory that does not exist holds no migrations. */
    public MigrationSet load(Path dir) {
        Map<String, byte[]> files = readSqlFiles(dir);
        SumFile.verify(dir, files);
        Map<MigrationVersion, String> downFiles = new TreeMap<>();
        List<MigrationScript> upFiles = new ArrayList<>();
        List<MigrationScript> repeatable = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            Matcher down = FLYWAY_DOWN.matcher(name);
            if (down.matches()) {
                putUnique(downFiles, MigrationVersion.parse(down.group(1)), name);
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            MigrationScript script = read(dir.resolve(name), name, text).orElseThrow(() -> notAMigration(name));
            (script.repeatable() ? repeatable : upFiles).add(script);
        }
        List<MigrationScript> versioned = attachDownFiles(dir, upFiles, downFiles, files);
        versioned.sort(Comparator.comparing(s -> s.version().orElseThrow()));
        requireUniqueVersions(versioned);
        repeatable.sort(Comparator.comparing(MigrationScript::description));
        return new MigrationSet(dir, versioned, repeatable);
    }

    /**
     * The .sql files of {@code dir} by name, as bytes (what shale.sum hashes). Read through
     * java.io: at the start of a command, before any of it is compiled, the NIO path costs about
     * three times as much per file, which a directory of a thousand migrations notices.
     */
    public static Map<String, byte[]> readSqlFiles(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        File folder = dir.toFile();
        String[] names = folder.list();
        if (names == null) {
            if (folder.isDirectory()) {
                throw new UncheckedIOException(new IOException("cannot list the directory " + dir));
            }
            // No directory: no migrations.
            return files;
        }
        try {
            for (String name : names) {
                File file = new File(folder, name);
                if (name.endsWith(".sql") && file.isFile()) {
                    try (FileInputStream in = new FileInputStream(file)) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** True when {@code name} follows a migration naming convention (Shale's or Flyway's). */
    public static boolean isMigrationFileName(String name) {
        return Stream.of(SHALE, FLYWAY_UP, FLYWAY_DOWN, REPEATABLE).anyMatch(p -> p.matcher(name).matches());
    }

    /** How migration files are named, for hints. */
    public static String namingConvention() {
        return NAMING;
    }

    private Optional<MigrationScript> read(Path path, String name, String text) {
        Matcher shale = SHALE.matcher(name);
        if (shale.matches()) {
            return Optional.of(script(Optional.of(MigrationVersion.parse(shale.group(1))), shale.group(2), path,
                    parser.parse(path, text, true)));
        }
        Matcher flyway = FLYWAY_UP.matcher(name);
        if (flyway.matches()) {
            return Optional.of(script(Optional.of(MigrationVersion.parse(flyway.group(1))), flyway.group(2), path,
                    parser.parse(path, text, false)));
        }
        Matcher repeatable = REPEATABLE.matcher(name);
        if (repeatable.matches()) {
            return Optional.of(script(Optional.empty(), repeatable.group(1), path, parser.parse(path, text, false)));
        }
        return Optional.empty();
    }

    private static MigrationScript script(Optional<MigrationVersion> version, String rawDescription, Path path,
                                          ScriptParser.Parsed parsed) {
        String checksum = HexFormat.of().formatHex(
                Hashes.sha256().digest(parsed.up().sql().getBytes(StandardCharsets.UTF_8)));
        return new MigrationScript(version, rawDescription.replace('_', ' '), path, parsed.up(), parsed.down(),
                checksum, parsed.noTransaction());
    }

    private List<MigrationScript> attachDownFiles(Path dir, List<MigrationScript> versioned,
                                                  Map<MigrationVersion, String> downFiles, Map<String, byte[]> files) {
        List<MigrationScript> result = new ArrayList<>();
        Map<MigrationVersion, String> unmatched = new LinkedHashMap<>(downFiles);
        for (MigrationScript script : versioned) {
            String downName = unmatched.remove(script.version().orElseThrow());
            if (downName == null) {
                result.add(script);
                continue;
            }
            String text = new String(files.get(downName), StandardCharsets.UTF_8).replace("\r\n", "\n");
            SqlSection down = parser.parse(dir.resolve(downName), text, false).up();
            result.add(new MigrationScript(script.version(), script.description(), script.file(), script.up(),
                    down.sql().isBlank() ? Optional.empty() : Optional.of(down), script.checksum(),
                    script.noTransaction()));
        }
        unmatched.forEach((version, name) -> {
            throw new MigrationDirectoryException(name + " undoes version " + version + ", which has no V file",
                    "rename it to match its migration (V" + version + "__….sql) or remove it");
        });
        return result;
    }

    private static void requireUniqueVersions(List<MigrationScript> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version().equals(sorted.get(i - 1).version())) {
                throw new MigrationDirectoryException("two migrations have version " + sorted.get(i).version().get()
                                + ": " + sorted.get(i - 1).script() + " and " + sorted.get(i).script(),
                        "give one of them a new version (e.g. delete it and recreate it with 'shale new'), then "
                                + "run 'shale hash'");
            }
        }
    }

    private static <K> void putUnique(Map<K, String> map, K key, String name) {
        String previous = map.put(key, name);
        if (previous != null) {
            throw new MigrationDirectoryException("two files undo version " + key + ": " + previous + " and " + name,
                    "keep one of them");
        }
    }

    private static MigrationDirectoryException notAMigration(String name) {
        return new MigrationDirectoryException(name + " is not a migration file name",
                NAMING);
    }
}
