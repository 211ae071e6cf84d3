package dev.shale.dialect.sqlite;

import dev.shale.ConfigurationException;
import dev.shale.DatabaseUnavailableException;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.ConnectFailures;
import dev.shale.dialect.DdlRenderer;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.SchemaInspector;
import dev.shale.dialect.SafetyFacts;
import dev.shale.dialect.SchemaPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite 3.35 and later, embedded through xerial sqlite-jdbc. Accepts {@code sqlite:path},
 * {@code sqlite:///absolute/path}, {@code sqlite::memory:} and {@code jdbc:sqlite:path}.
 */
public final class SqliteDialect implements Dialect {
    public static final String MEMORY = ":memory:";

    @Override
    public String id() {
        return "sqlite";
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("sqlite");
    }

    @Override
    public Optional<DatabaseUrl> parseUrl(String raw, Path baseDir) {
        String path;
        if (raw.startsWith("jdbc:sqlite:")) {
            path = raw.substring("jdbc:sqlite:".length());
        } else if (raw.startsWith("sqlite:")) {
            path = raw.substring("sqlite:".length());
            if (path.startsWith("//")) {
                path = path.substring(2);
            }
        } else {
            return Optional.empty();
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            throw new ConfigurationException("the SQLite URL '" + raw + "' names no file",
                    "write sqlite:path/to/file.db, or sqlite::memory: for a database in memory");
        }
        return Optional.of(forPath(path, baseDir));
    }

    private DatabaseUrl forPath(String path, Path baseDir) {
        if (path.equals(MEMORY)) {
            return new DatabaseUrl(this, "jdbc:sqlite::memory:", null, null, null, 0, MEMORY);
        }
        Path file = baseDir.resolve(path).toAbsolutePath().normalize();
        return new DatabaseUrl(this, "jdbc:sqlite:" + file, null, null, null, 0, file.toString());
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public java.sql.Driver driver() {
        SqliteNativeLibrary.preferCachedCopy();
        return new org.sqlite.JDBC();
    }

    @Override
    public DatabaseUnavailableException explainConnectFailure(SQLException failure, DatabaseUrl url) {
        if (failure instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CANTOPEN
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_READONLY
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_PERM)) {
            return new DatabaseUnavailableException(
                    "cannot open the SQLite database file " + url.database(),
                    "check that the directory " + Path.of(url.database()).getParent()
                            + " exists and is writable, or point the URL at another file",
                    failure);
        }
        return new DatabaseUnavailableException(
                "cannot open the SQLite database " + url.database() + ": " + ConnectFailures.firstLine(failure),
                "check that the file is a SQLite database and not locked by another program", failure);
    }

    /**
     * SQLITE_OPEN_READONLY (open_mode=1) must be chosen when the file is opened; it also keeps
     * SQLite from creating a missing file. https://www.sqlite.org/c3ref/open.html
     */
    @Override
    public Connection connectReadOnly(DatabaseUrl url) {
        if (!url.database().equals(MEMORY) && !Files.isRegularFile(Path.of(url.database()))) {
            throw new DatabaseUnavailableException("the SQLite database file " + url.database() + " does not exist",
                    "check the path in the URL; reading a schema never creates a database", null);
        }
        if (!url.borrowed()) {
            return url.connect(Map.of("open_mode", "1"));
        }
        // A borrowed connection is already open: query_only refuses writes from now on
        // (undone by SqliteSessionReset before the connection goes back).
        Connection connection = url.connect();
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
            return connection;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw explainConnectFailure(e, url);
        }
    }

    @Override
    public dev.shale.dialect.SessionReset sessionReset(Connection connection) throws SQLException {
        return SqliteSessionReset.capture(connection);
    }

    @Override
    public DatabaseUrl createDatabase(DatabaseUrl url, String name) {
        if (url.database().equals(MEMORY)) {
            return url;
        }
        Path file = Path.of(url.database()).resolveSibling(name + ".db");
        try {
            if (!Files.exists(file)) {
                // An empty file is an empty SQLite database: it can be inspected before anything is written.
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException("cannot create the SQLite database file " + file + ": "
                    + e.getMessage(), "check that its directory is writable", e);
        }
        return forPath(name + ".db", Path.of(url.database()).getParent());
    }

    @Override
    public void dropDatabase(DatabaseUrl url, String name) {
        if (url.database().equals(MEMORY)) {
            return;
        }
        Path file = Path.of(url.database()).resolveSibling(name + ".db");
        try {
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public dev.shale.dialect.MigrationSupport migrations() {
        return new SqliteMigrations();
    }

    @Override
    public SchemaInspector inspector() {
        return new SqliteInspector(this::quote);
    }

    @Override
    public DdlRenderer ddl() {
        return new SqliteDdlRenderer(this::quote);
    }

    @Override
    public SchemaPlanner planner() {
        return new SqlitePlanner(this::quote);
    }

    @Override
    public JavaTypeMapper javaTypes() {
        return new SqliteJavaTypes();
    }

    @Override
    public dev.shale.dialect.TableStatistics statistics() {
        return new SqliteTableStatistics();
    }

    @Override
    public SafetyFacts safety() {
        return new SqliteSafetyFacts();
    }

    @Override
    public dev.shale.dialect.BackupTool backups() {
        return new SqliteBackups();
    }

    @Override
    public dev.shale.dialect.RowData rows() {
        return new SqliteRowData(this);
    }
}
