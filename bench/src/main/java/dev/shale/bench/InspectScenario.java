package dev.shale.bench;

import dev.shale.DatabaseUnavailableException;
import dev.shale.db.DatabaseUrl;
import dev.shale.dialect.Dialects;
import dev.shale.inspect.Inspection;
import dev.shale.inspect.Inspector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S2 inspect: Shale's inspection of an N-table schema, in this JVM and as a whole process,
 * beside the server's own schema dump ({@code pg_dump --schema-only}, {@code mysqldump --no-data}) and,
 * on PostgreSQL, Liquibase's snapshot.
 */
final class InspectScenario {
    private final BenchOptions options;

    InspectScenario(BenchOptions options) {
        this.options = options;
    }

    ScenarioResult run(String serverUrl) throws Exception {
        DatabaseUrl server = Dialects.parseUrl(serverUrl, Path.of("."));
        String database = "shale_bench_inspect_" + options.tables();
        DatabaseUrl url = ensureDatabase(server, serverUrl, database);
        InspectWorkload.ensure(url, options.tables());

        int[] queries = new int[1];
        int[] tablesSeen = new int[1];
        Contender inJvm = new Contender() {
            @Override
            public String name() {
                return "shale inspect (in JVM)";
            }

            @Override
            public Measurement run() {
                long start = System.nanoTime();
                Inspection inspection = Inspector.inspect(url, List.of());
                queries[0] = inspection.catalogQueries();
                tablesSeen[0] = inspection.schema().tables().size();
                return new Measurement(System.nanoTime() - start, 0);
            }
        };
        List<Contender> contenders = new ArrayList<>(List.of(inJvm,
                new ProcessContender("shale inspect --format sql (process)", shaleProcess(serverUrl, database)),
                new ProcessContender(dumpName(url), dumpCommand(url, database))));
        if (url.dialect().id().equals("postgresql")) {
            contenders.add(new ProcessContender("liquibase snapshot", ProcessContender.peer(
                    "dev.shale.bench.peer.LiquibaseMain", "snapshot", url.jdbcUrl()))
                    .env(new BenchServer(serverUrl).peerEnvironment()));
        }
        String title = "S2 inspect " + url.dialect().displayName() + " " + options.tables() + " tables";
        Map<String, List<Measurement>> runs = Rounds.run(contenders, options.warmup(), options.rounds());
        JfrProfile profile = Rounds.profileIfAsked(contenders, options, title);
        if (tablesSeen[0] != options.tables()) {
            throw new IllegalStateException("Shale saw " + tablesSeen[0] + " tables, expected " + options.tables());
        }
        return ScenarioResult.of(title, runs, Map.of("catalog queries", String.valueOf(queries[0])))
                .withProfile(profile);
    }

    /** The workload database on the server; created on first use and kept for later runs. */
    static DatabaseUrl ensureDatabase(DatabaseUrl server, String serverUrl, String database) {
        DatabaseUrl url = Dialects.parseUrl(withDatabase(serverUrl, database), Path.of("."));
        try {
            url.connect().close();
            return url;
        } catch (DatabaseUnavailableException | java.sql.SQLException missing) {
            return server.dialect().createDatabase(server, database);
        }
    }

    static String withDatabase(String serverUrl, String database) {
        return serverUrl.replaceAll("/[^/?]*(\\?.*)?$", "/" + database + "$1");
    }

    private List<String> shaleProcess(String serverUrl, String database) {
        String url = withDatabase(serverUrl, database);
        return ProcessContender.shale(options.shaleJar(), "inspect", "--quiet", "--url", url,
                "--format", "sql", "--output", "/dev/null");
    }

    private static String dumpName(DatabaseUrl url) {
        return url.dialect().id().equals("postgresql") ? "pg_dump --schema-only" : "mysqldump --no-data";
    }

    private static List<String> dumpCommand(DatabaseUrl url, String database) {
        List<String> command = new ArrayList<>();
        if (url.dialect().id().equals("postgresql")) {
            command.addAll(List.of("pg_dump", "--schema-only", "-h", url.host(), "-p", String.valueOf(url.port()),
                    "-f", "/dev/null"));
            if (url.user() != null) {
                command.addAll(List.of("-U", url.user()));
            }
        } else {
            command.addAll(List.of("mysqldump", "--no-data", "--skip-lock-tables", "-h", url.host(),
                    "-P", String.valueOf(url.port()), "-r", "/dev/null"));
            if (url.user() != null) {
                command.add("-u" + url.user());
            }
        }
        command.add(database);
        return command;
    }
}
