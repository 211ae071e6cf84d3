package dev.shale.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh inspect|compare [--tables N] [--rounds R] [--warmup W]}: runs a scenario beside
 * its peers and prints (and writes to bench/results/) a Markdown table and JSON.
 * Servers: {@code SHALE_BENCH_POSTGRES_URL} and {@code SHALE_BENCH_MARIADB_URL}, defaulting to
 * the local servers the tests use.
 */
public final class BenchMain {
    static final String POSTGRES = env("SHALE_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres");
    static final String MARIADB = env("SHALE_BENCH_MARIADB_URL", "mysql://root@127.0.0.1:3306/");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // The report says what failed; MariaDB Connector/J would also print it to the console.
        System.setProperty("mariadb.logging.disable", "true");
        if (args.length == 0 || !List.of("inspect", "compare").contains(args[0])) {
            System.err.println("usage: bench/run.sh inspect|compare [--tables N] [--rounds R] [--warmup W]");
            System.exit(2);
        }
        BenchOptions options = parse(args);
        if (args[0].equals("compare")) {
            report(List.of(new CompareScenario(options).run(POSTGRES)), options, "compare");
            return;
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (String server : List.of(POSTGRES, MARIADB)) {
            results.add(new InspectScenario(options).run(server));
        }
        report(results, options, "inspect");
    }

    static void report(List<ScenarioResult> results, BenchOptions options, String name) throws Exception {
        StringBuilder md = new StringBuilder("## Shale bench: " + name + "\n\n");
        md.append(String.format("%d tables, %d warm-up + %d measured rounds, interleaved; %s, %d cores%n%n",
                options.tables(), options.warmup(), options.rounds(), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors()));
        results.forEach(r -> md.append(r.markdown()).append('\n'));
        md.append(Targets.check(results));
        System.out.println(md);
        Files.createDirectories(options.results());
        Files.writeString(options.results().resolve(name + ".md"), md);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.results().resolve(name + ".json").toFile(), results);
    }

    private static BenchOptions parse(String[] args) {
        int tables = 2000;
        int rounds = 5;
        int warmup = 1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tables" -> tables = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path jar = Path.of(env("SHALE_JAR", "shale-cli/target/shale.jar"));
        return new BenchOptions(tables, warmup, rounds, jar, Path.of(env("SHALE_BENCH_RESULTS", "bench/results")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
