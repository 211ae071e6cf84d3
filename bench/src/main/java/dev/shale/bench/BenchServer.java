package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The server a scenario runs on (for SQLite, the folder of the URL's file), and the databases it
 * makes there through Shale's dialect: a fresh one per contender and round (dropped and created
 * again, untimed), addressed in the form each tool reads.
 */
final class BenchServer {
    private final String serverUrl;
    private final DatabaseUrl server;

    BenchServer(String serverUrl) {
        this.serverUrl = serverUrl;
        this.server = Dialects.parseUrl(serverUrl, Path.of("."));
    }

    /** Drops {@code name} if it exists and creates it empty. */
    DatabaseUrl fresh(String name) {
        server.dialect().dropDatabase(server, name);
        return server.dialect().createDatabase(server, name);
    }

    void drop(String name) {
        server.dialect().dropDatabase(server, name);
    }

    /** Connects to the server's own database (for statements about databases). */
    java.sql.Connection connect() {
        return server.connect();
    }

    DatabaseUrl database(String name) {
        return Dialects.parseUrl(shaleUrl(name), Path.of("."));
    }

    /** The URL as Shale's command line takes it. */
    String shaleUrl(String name) {
        if (!server.isServer()) {
            // The dialect makes SQLite's databases as NAME.db beside the URL's file.
            return "sqlite:" + Path.of(server.database()).resolveSibling(name + ".db");
        }
        return InspectScenario.withDatabase(serverUrl, name);
    }

    String jdbcUrl(String name) {
        return database(name).jdbcUrl();
    }

    /** Credentials for the peers' processes, passed in the environment rather than on the command line. */
    Map<String, String> peerEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("BENCH_DB_USER", server.user() == null ? "" : server.user());
        env.put("BENCH_DB_PASSWORD", server.password() == null ? "" : server.password());
        if (server.password() != null) {
            env.put("PGPASSWORD", server.password());
            env.put("MYSQL_PWD", server.password());
        }
        // Flyway and Redgate tools: no usage reporting from a benchmark.
        env.put("REDGATE_DISABLE_TELEMETRY", "true");
        env.put("FLYWAY_TELEMETRY_OPTOUT", "true");
        return env;
    }
}
