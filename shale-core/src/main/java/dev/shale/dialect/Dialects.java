package dev.shale.dialect;

import dev.shale.ConfigurationException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.mysql.MysqlDialect;
import dev.shale.dialect.postgres.PostgresDialect;
import dev.shale.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The dialects Shale supports, and the one place that maps a URL to its dialect. */
public final class Dialects {
    private static final List<Dialect> ALL =
            List.of(new PostgresDialect(), new MysqlDialect(), new SqliteDialect());

    private Dialects() {
    }

    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect with the given id ({@code postgresql}, {@code mysql}, {@code sqlite}). */
    public static Dialect byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dialect " + id));
    }

    /**
     * Parses a database URL in any accepted form: JDBC URLs and the DATABASE_URL forms
     * ({@code postgres://…}, {@code mysql://…}, {@code mariadb://…}, {@code sqlite:path}).
     */
    public static DatabaseUrl parseUrl(String raw, Path baseDir) {
        String trimmed = raw == null ? "" : raw.trim();
        if (trimmed.isEmpty()) {
            throw new ConfigurationException("the database URL is empty",
                    "give a URL such as postgres://user@localhost:5432/app or sqlite:app.db");
        }
        for (Dialect dialect : ALL) {
            Optional<DatabaseUrl> parsed = dialect.parseUrl(trimmed, baseDir);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        throw new ConfigurationException(
                "unknown database URL scheme in '" + DatabaseUrl.redact(trimmed) + "'",
                "supported schemes: " + supportedSchemes() + " and their jdbc: forms");
    }

    private static String supportedSchemes() {
        return ALL.stream().flatMap(d -> d.urlSchemes().stream())
                .map(s -> s + ":").collect(Collectors.joining(", "));
    }
}
