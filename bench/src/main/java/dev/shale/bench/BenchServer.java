package dev.shale.bench;

import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server a scenario runs on, and the databases it makes there: a fresh one per
 * contender and round (dropped and created again, untimed), addressed in the form each tool reads.
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

    DatabaseUrl database(String name) {
        return Dialects.parseUrl(shaleUrl(name), Path.of("."));
    }

    /** The URL as Shale's command line takes it. */
    String shaleUrl(String name) {
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
        }
        // Flyway and Redgate tools: no usage reporting from a benchmark.
        env.put("REDGATE_DISABLE_TELEMETRY", "true");
        env.put("FLYWAY_TELEMETRY_OPTOUT", "true");
        return env;
    }

    /** Connection options for psql and pg_dump. */
    List<String> clientOptions(String database) {
        List<String> options = new ArrayList<>(List.of("-h", server.host(), "-p", String.valueOf(server.port())));
        if (server.user() != null) {
            options.addAll(List.of("-U", server.user()));
        }
        options.addAll(List.of("-d", database));
        return options;
    }
}
