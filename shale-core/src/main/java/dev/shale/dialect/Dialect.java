package dev.shale.dialect;

import dev.shale.DatabaseUnavailableException;
import dev.shale.codegen.JavaTypeMapper;
import dev.shale.db.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Everything Shale knows about one database product. Core code asks the dialect and never
 * branches on a database name; each implementation lives in its own package.
 */
public interface Dialect {

    /** Stable lower-case id used in configuration and JSON output: postgresql, mysql, sqlite. */
    String id();

    /** The product name people read in messages. */
    String displayName();

    /** The URL schemes users write in DATABASE_URL, e.g. {@code postgres}. */
    List<String> urlSchemes();

    /**
     * Parses {@code raw} when it is one of this dialect's URL forms (its schemes or its JDBC
     * prefix). Relative file paths resolve against {@code baseDir}.
     */
    Optional<DatabaseUrl> parseUrl(String raw, Path baseDir);

    /** Quotes an identifier so that any name, reserved word or unicode, is taken literally. */
    String quote(String identifier);

    /**
     * A new instance of this database's JDBC driver. Shale connects through it directly:
     * {@code DriverManager} would first load and initialise every driver on the class path.
     */
    java.sql.Driver driver();

    /** Turns a failure to connect into a message and a hint a person can act on. */
    DatabaseUnavailableException explainConnectFailure(SQLException failure, DatabaseUrl url);

    /**
     * Opens a session in which the server itself refuses every write: inspection, drift and
     * comparisons use it, so pointing them at production cannot change it. Never creates a
     * database that does not exist.
     */
    Connection connectReadOnly(DatabaseUrl url);

    /**
     * What a connection borrowed from an application's DataSource needs before it goes back:
     * exactly the session settings Shale's sessions change on this database (those of
     * {@link MigrationSupport#prepareSession}, of {@link #connectReadOnly}, and the migration
     * lock). Called right after the connection is borrowed, before Shale changes anything.
     */
    SessionReset sessionReset(Connection connection) throws SQLException;

    /**
     * Creates an empty database named {@code name} beside the one {@code url} points at (same
     * server and credentials; for file databases, same directory) and returns its URL.
     * Used for throw-away dev databases and by the test harness.
     */
    DatabaseUrl createDatabase(DatabaseUrl url, String name);

    /** Drops a database made by {@link #createDatabase}, even while sessions still use it. */
    void dropDatabase(DatabaseUrl url, String name);

    /** What the migration runner needs from this database: lock, history table, splitting, transactions. */
    MigrationSupport migrations();

    /** Reads the schema of a database of this dialect into the model. */
    SchemaInspector inspector();

    /** Writes a model back as this dialect's CREATE statements. */
    DdlRenderer ddl();

    /** Writes the statements that carry out a change set (ALTER, CREATE, DROP, table rebuilds). */
    SchemaPlanner planner();

    /** How this database's column types read in Java, for {@code shale codegen java}. */
    JavaTypeMapper javaTypes();

    /** What schema changes cost on a live table here: locks, rewrites, copies, safer forms (for lint). */
    SafetyFacts safety();

    /** Table sizes from the server's statistics, for duration estimates ({@code lint --env}). */
    TableStatistics statistics();

    /** How a database is backed up before migrating and restored ({@code migrate --backup}, {@code restore}). */
    BackupTool backups();

    /** Copying and fingerprinting table rows, for {@code shale verify --sample-rows}. */
    RowData rows();
}
