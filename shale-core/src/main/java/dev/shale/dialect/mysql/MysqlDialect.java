package dev.shale.dialect.mysql;

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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL 8 and MariaDB 10.6+, both through MariaDB Connector/J (which speaks to either).
 * {@code jdbc:mysql://} URLs are accepted and rewritten to the MariaDB driver's scheme.
 */
public final class MysqlDialect implements Dialect {
    static final int DEFAULT_PORT = 3306;

    private final ServerUrlParser urls = new ServerUrlParser(this,
            List.of("mysql", "mariadb"), List.of("mysql", "mariadb"), "mariadb", DEFAULT_PORT);

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String displayName() {
        return "MySQL/MariaDB";
    }

    @Override
    public List<String> urlSchemes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public Optional<DatabaseUrl> parseUrl(String raw, Path baseDir) {
        return urls.parse(raw);
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** Server error numbers: https://mariadb.com/kb/en/mariadb-error-code-reference/ */
    @Override
    public java.sql.Driver driver() {
        return new org.mariadb.jdbc.Driver();
    }

    @Override
    public DatabaseUnavailableException explainConnectFailure(SQLException failure, DatabaseUrl url) {
        int code = failure.getErrorCode();
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (code == 1045 || code == 1044 || code == 1698) {
            return ConnectFailures.authentication(url, failure);
        }
        if (code == 1049) {
            return ConnectFailures.missingDatabase(url, "CREATE DATABASE " + quote(url.database()), failure);
        }
        if (state.startsWith("08")) {
            return ConnectFailures.unreachable(url, failure);
        }
        return ConnectFailures.other(url, failure);
    }

    /**
     * SET SESSION TRANSACTION READ ONLY: the server then refuses DML and DDL alike (error 1792).
     * The driver's setReadOnly alone does not send it outside replication setups.
     */
    @Override
    public Connection connectReadOnly(DatabaseUrl url) {
        Connection connection = url.connect(Map.of());
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION TRANSACTION READ ONLY");
            connection.setReadOnly(true);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw explainConnectFailure(e, url);
        }
    }

    @Override
    public dev.shale.dialect.SessionReset sessionReset(Connection connection) {
        return new MysqlSessionReset();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The session is being abandoned after a failure that is reported instead.
        }
    }

    @Override
    public DatabaseUrl createDatabase(DatabaseUrl url, String name) {
        Jdbc.execute(url, "CREATE DATABASE " + quote(name) + " CHARACTER SET utf8mb4");
        return urls.withDatabase(url, name);
    }

    @Override
    public void dropDatabase(DatabaseUrl url, String name) {
        Jdbc.execute(url, "DROP DATABASE IF EXISTS " + quote(name));
    }

    @Override
    public dev.shale.dialect.MigrationSupport migrations() {
        return new MysqlMigrations();
    }

    @Override
    public SchemaInspector inspector() {
        return new MysqlInspector(this::quote);
    }

    @Override
    public DdlRenderer ddl() {
        return new MysqlDdlRenderer(this::quote);
    }

    @Override
    public SchemaPlanner planner() {
        return new MysqlPlanner(this::quote);
    }

    @Override
    public JavaTypeMapper javaTypes() {
        return new MysqlJavaTypes();
    }

    @Override
    public dev.shale.dialect.TableStatistics statistics() {
        return new MysqlTableStatistics();
    }

    @Override
    public SafetyFacts safety() {
        return new MysqlSafetyFacts();
    }

    @Override
    public dev.shale.dialect.BackupTool backups() {
        return new MysqlBackups();
    }

    @Override
    public dev.shale.dialect.RowData rows() {
        return new MysqlRowData(this);
    }
}
