package dev.shale.testing;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty database of its own for one test, on a real server (or a file for SQLite),
 * with a unique name; dropped on {@link #close()}. Created through the dialect's own
 * {@link Dialect#createDatabase}, the code Shale uses for throw-away dev databases.
 */
public final class TestDatabase implements AutoCloseable {
    private final TestDialect kind;
    private final Path scratchDir;
    private final DatabaseUrl serverUrl;
    private final String name;
    private final DatabaseUrl url;

    private TestDatabase(TestDialect kind, Path scratchDir, DatabaseUrl serverUrl, String name, DatabaseUrl url) {
        this.kind = kind;
        this.scratchDir = scratchDir;
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = url;
    }

    public static TestDatabase create(TestDialect kind) {
        try {
            Path scratch = Files.createTempDirectory("shale-test-");
            DatabaseUrl server = kind.serverUrl(scratch);
            String name = "shale_t_" + Long.toString(System.currentTimeMillis(), 36)
                    + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
            DatabaseUrl url = server.dialect().createDatabase(server, name);
            return new TestDatabase(kind, scratch, server, name, url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestDialect kind() {
        return kind;
    }

    public Dialect dialect() {
        return url.dialect();
    }

    public DatabaseUrl url() {
        return url;
    }

    /** The URL as a user would write it on the command line or in shale.toml. */
    public String urlString() {
        if (!url.isServer()) {
            return "sqlite:" + url.database();
        }
        String scheme = kind == TestDialect.POSTGRES ? "postgres" : "mysql";
        String credentials = url.user() == null ? "" : url.user() + (url.password() == null ? "" : ":" + url.password()) + "@";
        return scheme + "://" + credentials + url.host() + ":" + url.port() + "/" + name;
    }

    public String name() {
        return name;
    }

    /** A directory of this test's own, deleted with the database. */
    public Path scratchDir() {
        return scratchDir;
    }

    public Connection connect() {
        return url.connect();
    }

    /** Runs statements, each on its own, on a new connection. */
    public void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test SQL failed: " + e.getMessage(), e);
        }
    }

    /** The rows of a query, each as a list of its column values rendered as strings. */
    public List<List<String>> query(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + e.getMessage(), e);
        }
    }

    /** The single value of a one-row, one-column query. */
    public String queryValue(String sql) {
        List<List<String>> rows = query(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one value from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    @Override
    public void close() {
        serverUrl.dialect().dropDatabase(serverUrl, name);
        deleteRecursively(scratchDir);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
