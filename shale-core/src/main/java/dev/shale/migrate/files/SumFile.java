package dev.shale.migrate.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code shale.sum}: the integrity file of the migration directory. Its first line is a hash
 * chained over every file name and file hash in name order; then one line per file:
 *
 * <pre>
 * h1:Wq1n…=
 * 20261121093000_create_users.sql h1:3Vx…=
 * </pre>
 *
 * Two branches that each add a migration both change the first line, so git reports a
 * conflict instead of merging two histories silently.
 */
public final class SumFile {
    public static final String NAME = "shale.sum";
    private static final String PREFIX = "h1:";

    private SumFile() {
    }

    /** The hash of each file, by name. */
    static SortedMap<String, String> hashFiles(Map<String, byte[]> files) {
        SortedMap<String, String> hashes = new java.util.TreeMap<>();
        files.forEach((name, content) -> hashes.put(name, PREFIX + base64(Hashes.sha256().digest(content))));
        return hashes;
    }

    /** The text of shale.sum for these file hashes. */
    static String render(SortedMap<String, String> hashes) {
        StringBuilder text = new StringBuilder(total(hashes)).append('\n');
        hashes.forEach((name, hash) -> text.append(name).append(' ').append(hash).append('\n'));
        return text.toString();
    }

    /** Writes shale.sum for the .sql files of {@code dir}. */
    public static void write(Path dir, Map<String, byte[]> files) {
        try {
            Files.writeString(dir.resolve(NAME), render(hashFiles(files)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks {@code dir}'s shale.sum against its files; throws a {@link MigrationDirectoryException} on any difference. */
    static void verify(Path dir, Map<String, byte[]> files) {
        Path sumPath = dir.resolve(NAME);
        if (!Files.isRegularFile(sumPath)) {
            if (files.isEmpty()) {
                return;
            }
            throw new MigrationDirectoryException(dir.resolve(NAME) + " is missing",
                    "review the migration files, then run 'shale hash' to record them");
        }
        Map<String, String> recorded = parse(sumPath);
        String recordedTotal = recorded.remove("");
        if (!total(new java.util.TreeMap<>(recorded)).equals(recordedTotal)) {
            throw new MigrationDirectoryException(NAME + " was edited by hand or merged: its first line does not "
                    + "match the lines below it",
                    "if two branches added migrations, order them (rename to new versions if needed), review, "
                            + "and run 'shale hash'");
        }
        SortedMap<String, String> actual = hashFiles(files);
        for (Map.Entry<String, String> file : actual.entrySet()) {
            String expected = recorded.get(file.getKey());
            if (expected == null) {
                throw new MigrationDirectoryException(file.getKey() + " is not recorded in " + NAME,
                        "if you added it on purpose, run 'shale hash' (or create migrations with 'shale new')");
            }
            if (!expected.equals(file.getValue())) {
                throw new MigrationDirectoryException(file.getKey() + " was changed after " + NAME + " was written",
                        "review the change; if it is intended run 'shale hash' (an applied migration must not "
                                + "change: write a new one instead)");
            }
        }
        for (String name : recorded.keySet()) {
            if (!actual.containsKey(name)) {
                throw new MigrationDirectoryException(name + " is recorded in " + NAME + " but the file is gone",
                        "restore it from version control, or run 'shale hash' if it was deleted on purpose");
            }
        }
    }

    /** The file names a shale.sum text records (its first line, the chained hash, is not a file). */
    public static java.util.Set<String> recordedFiles(String text) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        text.lines().skip(1).map(String::strip).filter(line -> line.lastIndexOf(' ') > 0)
                .forEach(line -> names.add(line.substring(0, line.lastIndexOf(' '))));
        return names;
    }

    private static Map<String, String> parse(Path sumPath) {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            String[] text = Files.readString(sumPath, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < text.length; i++) {
                String line = text[i].strip();
                if (i == 0) {
                    lines.put("", line);
                } else if (!line.isEmpty()) {
                    int space = line.lastIndexOf(' ');
                    if (space < 0) {
                        throw new MigrationDirectoryException(NAME + ":" + (i + 1) + " is not 'FILE HASH'",
                                "resolve the merge conflict or run 'shale hash' to rewrite it");
                    }
                    lines.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String total(SortedMap<String, String> hashes) {
        MessageDigest chain = Hashes.sha256();
        hashes.forEach((name, hash) -> {
            chain.update(name.getBytes(StandardCharsets.UTF_8));
            chain.update(hash.getBytes(StandardCharsets.UTF_8));
        });
        return PREFIX + base64(chain.digest());
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
