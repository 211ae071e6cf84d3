package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One database the migration scenarios (S1 apply, S1 no-op, S3 status) run on: how to make a
 * fresh database there, its URL for each tool, the floor (the database's own command-line
 * client running every statement from one file), and the fingerprint of the schema a tool
 * left. The scenarios are written once against this; each database adds a small subclass.
 */
abstract class BenchTarget {
    /** The history tables of Shale, Flyway and Liquibase, lower case, left out of fingerprints. */
    static final String HISTORY = "('shale_history', 'flyway_schema_history', 'databasechangelog', "
            + "'databasechangeloglock')";
    /** The databases the migration scenarios run on, as {@code --db} names them. */
    static final List<String> IDS = List.of("postgresql", "mariadb", "sqlite");

    protected final BenchServer server;
    private final String prefix;

    BenchTarget(String serverUrl, String prefix) {
        this.server = new BenchServer(serverUrl);
        this.prefix = prefix;
    }

    /**
     * The target for a server URL (or, for SQLite, a file whose folder holds the databases):
     * PostgreSQL, MySQL/MariaDB or SQLite by the URL's scheme. Its databases are named
     * {@code shale_bench_*}.
     */
    static BenchTarget of(String serverUrl) {
        return of(serverUrl, "shale_bench_");
    }

    /** As {@link #of(String)}, with databases named {@code PREFIX*} (unique ones for tests on shared servers). */
    static BenchTarget of(String serverUrl, String prefix) {
        String dialect = Dialects.parseUrl(serverUrl, Path.of(".")).dialect().id();
        return switch (dialect) {
            case "postgresql" -> new PostgresTarget(serverUrl, prefix);
            case "mysql" -> new MariadbTarget(serverUrl, prefix);
            case "sqlite" -> new SqliteTarget(serverUrl, prefix);
            default -> throw new IllegalArgumentException("no bench target for " + dialect);
        };
    }

    /** The name of a scenario's database for one tool, e.g. {@code shale_bench_s1_flyway}. */
    String databaseName(String scenario, String tool) {
        return prefix + scenario + "_" + tool;
    }

    /** The name in scenario titles, e.g. "S1 apply MariaDB 1000 migrations". */
    abstract String displayName();

    /** The floor's contender name, or null when this machine has no floor for the database. */
    abstract String floorName();

    /** Why there is no floor, for the report; null when there is one. */
    String noFloorReason() {
        return null;
    }

    /** The floor running {@code script} (every statement, in order) on {@code database}. */
    abstract ProcessContender floor(String database, Path script);

    /** One row per column, index and constraint of the database, ordered, history tables left out. */
    abstract String fingerprintQuery();

    /** The number of tables, history tables left out. */
    abstract String tableCountQuery();

    /** Drops {@code name} if it exists and creates it empty (untimed). */
    void fresh(String name) {
        server.fresh(name);
    }

    void drop(String name) {
        server.drop(name);
    }

    /** The URL as Shale's command line takes it. */
    String shaleUrl(String name) {
        return server.shaleUrl(name);
    }

    String jdbcUrl(String name) {
        return server.jdbcUrl(name);
    }

    DatabaseUrl database(String name) {
        return server.database(name);
    }

    /** Credentials for the peers' and the floor's processes. */
    Map<String, String> peerEnvironment() {
        return server.peerEnvironment();
    }

    SchemaFingerprint fingerprint(String name) throws Exception {
        return SchemaFingerprint.of(database(name), fingerprintQuery(), tableCountQuery());
    }
}
