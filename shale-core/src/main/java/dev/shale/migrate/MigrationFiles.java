package dev.shale.migrate;

import dev.shale.ShaleException;
import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.migrate.files.MigrationSet;
import dev.shale.migrate.files.SumFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code new} and {@code hash}: writing migration files and shale.sum. Never touches a database. */
final class MigrationFiles {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int TIMESTAMP_DIGITS = 14;

    private final Path dir;
    private final Clock clock;

    MigrationFiles(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /**
     * Creates an empty migration named after {@code name}: a UTC timestamp version, or the next
     * sequence number when the directory numbers its migrations. Updates shale.sum.
     */
    Path create(String name) {
        return create(name, "-- " + name + "\n-- shale:up\n\n\n-- shale:down\n\n");
    }

    /** Creates a migration named after {@code name} with the given file content; updates shale.sum. */
    Path create(String name, String content) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw ShaleException.usage("'" + name + "' gives an empty migration name",
                    "use letters or digits, e.g. 'shale new add_orders'");
        }
        MigrationSet set = new MigrationDirectory().load(dir);
        Path file = dir.resolve(nextVersion(set) + "_" + slug + ".sql");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hash();
        return file;
    }

    private String nextVersion(MigrationSet set) {
        String latest = set.latest().map(v -> v.text()).orElse("");
        if (!latest.isEmpty() && latest.chars().allMatch(Character::isDigit) && latest.length() < TIMESTAMP_DIGITS) {
            String next = new BigInteger(latest).add(BigInteger.ONE).toString();
            return "0".repeat(Math.max(0, latest.length() - next.length())) + next;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        String version = TIMESTAMP.format(now);
        while (set.latest().isPresent() && !latest.isEmpty() && latest.length() == TIMESTAMP_DIGITS
                && version.compareTo(latest) <= 0) {
            now = now.plusSeconds(1);
            version = TIMESTAMP.format(now);
        }
        return version;
    }

    /** Rewrites shale.sum from the files as they are; returns the number of files recorded. */
    int hash() {
        var files = MigrationDirectory.readSqlFiles(dir);
        if (!Files.isDirectory(dir)) {
            throw ShaleException.usage("the migrations directory " + dir + " does not exist",
                    "create it with 'shale init' or 'shale new NAME', or set 'migrations' in shale.toml");
        }
        SumFile.write(dir, files);
        return files.size();
    }
}
