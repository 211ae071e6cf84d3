package dev.shale.dialect.postgres;

import dev.shale.DatabaseUnavailableException;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.db.DatabaseUrl;
import dev.shale.db.Jdbc;
import dev.shale.dialect.ConnectFailures;
import dev.shale.dialect.DdlRenderer;
import dev.shale.dialect.Dialect;
import dev.shale.dialect.SchemaInspector;
import dev.shale.dialect.SafetyFacts;
import dev.shale.dialect.SchemaPlanner;
import dev.shale.dialect.ServerUrlParser;
import dev.shale.dialect.SessionReset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL 13 and later. */
public final class PostgresDialect implements Dialect {
    static final int DEFAULT_PORT = 5432;

    private final ServerUrlParser urls = new ServerUrlParser(this,
            List.of("postgres", "postgresql"), List.of("postgresql"), "postgresql", DEFAULT_PORT);

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("postgres", "postgresql");
    }

    @Override
    public Optional<DatabaseUrl> parseUrl(String raw, Path baseDir) {
        return urls.parse(raw);
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html */
    @Override
    public java.sql.Driver driver() {
        return new org.postgresql.Driver();
    }

    @Override
    public DatabaseUnavailableException explainConnectFailure(SQLException failure, DatabaseUrl url) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return ConnectFailures.authentication(url, failure);
        }
        if (state.equals("3D000")) {
            return ConnectFailures.missingDatabase(url, "createdb -h " + url.host() + " -p " + url.port()
                    + " " + url.database(), failure);
        }
        if (state.startsWith("08")) {
            return ConnectFailures.unreachable(url, failure);
        }
        return ConnectFailures.other(url, failure);
    }

    /**
     * readOnlyMode=always: the driver makes the session read-only even in auto-commit
     * (its default only covers explicit transactions). https://jdbc.postgresql.org/documentation/use/
     */
    @Override
    public Connection connectReadOnly(DatabaseUrl url) {
        if (!url.borrowed()) {
            return url.connect(Map.of("readOnly", "true", "readOnlyMode", "always"));
        }
        // A borrowed connection comes with the pool's driver settings: the server-side default
        // does the same (undone by PostgresSessionReset before the connection goes back).
        Connection connection = url.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw explainConnectFailure(e, url);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The session is being abandoned after a failure that is reported instead.
        }
    }

    /** client_connection_check_interval exists from PostgreSQL 14 (see PostgresMigrations). */
    @Override
    public SessionReset sessionReset(Connection connection) throws SQLException {
        return new PostgresSessionReset(connection.getMetaData().getDatabaseMajorVersion() >= 14);
    }

    @Override
    public DatabaseUrl createDatabase(DatabaseUrl url, String name) {
        Jdbc.execute(url, "CREATE DATABASE " + quote(name));
        return urls.withDatabase(url, name);
    }

    @Override
    public void dropDatabase(DatabaseUrl url, String name) {
        // WITH (FORCE) (PostgreSQL 13+) ends other sessions instead of failing on them.
        Jdbc.execute(url, "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    }

    @Override
    public dev.shale.dialect.MigrationSupport migrations() {
        return new PostgresMigrations();
    }

    @Override
    public SchemaInspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public DdlRenderer ddl() {
        return new PostgresDdlRenderer(this);
    }

    @Override
    public SchemaPlanner planner() {
        return new PostgresPlanner(this);
    }

    @Override
    public JavaTypeMapper javaTypes() {
        return new PostgresJavaTypes();
    }

    @Override
    public dev.shale.dialect.TableStatistics statistics() {
        return new PostgresTableStatistics();
    }

    @Override
    public SafetyFacts safety() {
        return new PostgresSafetyFacts();
    }

    @Override
    public dev.shale.dialect.BackupTool backups() {
        return new PostgresBackups();
    }

    @Override
    public dev.shale.dialect.RowData rows() {
        return new PostgresRowData(this);
    }
}
