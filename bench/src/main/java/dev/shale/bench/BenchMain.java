package dev.shale.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh s1-apply|s1-noop|inspect|s3-status|s4-diff|compare|all [--migrations N] [--tables N]
 * [--rounds R] [--warmup W]}: runs scenarios beside the peers and prints (and writes to bench/results/)
 * a Markdown table, JSON and a PASS / MISS line per target. Servers: {@code SHALE_BENCH_POSTGRES_URL}
 * (run.sh starts a private cluster when it is unset) and {@code SHALE_BENCH_MARIADB_URL}.
 */
public final class BenchMain {
    static final String POSTGRES = env("SHALE_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres");
    static final String MARIADB = env("SHALE_BENCH_MARIADB_URL", "mysql://root@127.0.0.1:3306/");
    private static final List<String> SCENARIOS = List.of("s1-apply", "s1-noop", "inspect", "s3-status", "s4-diff",
            "compare", "all");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // The report says what failed; MariaDB Connector/J would also print it to the console.
        System.setProperty("mariadb.logging.disable", "true");
        if (args.length == 0 || !SCENARIOS.contains(args[0])) {
            System.err.println("usage: bench/run.sh " + String.join("|", SCENARIOS)
                    + " [--migrations N] [--tables N] [--rounds R] [--warmup W]");
            System.exit(2);
        }
        BenchOptions options = parse(args);
        List<ScenarioResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : scenarios(args[0], options)) {
            try {
                results.add(scenario.run());
            } catch (Exception e) {
                // One scenario failing (a fingerprint mismatch, a peer crashing) must not hide the others.
                System.err.println("bench: " + scenario.name() + " FAILED: " + e.getMessage());
                failures.add(scenario.name() + ": " + firstLine(e));
            }
            report(results, failures, options, args[0]);
        }
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    /** One scenario on one server, run on demand. */
    private record Scenario(String name, ScenarioRun runner) {
        ScenarioResult run() throws Exception {
            return runner.run();
        }
    }

    private interface ScenarioRun {
        ScenarioResult run() throws Exception;
    }

    private static List<Scenario> scenarios(String name, BenchOptions options) {
        List<Scenario> scenarios = new ArrayList<>();
        boolean all = name.equals("all");
        if (all || name.equals("s1-apply")) {
            scenarios.add(new Scenario("S1 apply", () -> new ApplyScenario(options).run(POSTGRES)));
        }
        if (all || name.equals("s1-noop")) {
            scenarios.add(new Scenario("S1 no-op", () -> new NoopScenario(options).run(POSTGRES)));
        }
        if (all || name.equals("inspect")) {
            scenarios.add(new Scenario("S2 inspect PostgreSQL", () -> new InspectScenario(options).run(POSTGRES)));
            scenarios.add(new Scenario("S2 inspect MariaDB", () -> new InspectScenario(options).run(MARIADB)));
        }
        if (all || name.equals("s3-status")) {
            scenarios.add(new Scenario("S3 status", () -> new StatusScenario(options).run(POSTGRES)));
        }
        if (all || name.equals("s4-diff")) {
            scenarios.add(new Scenario("S4 diff", () -> new DiffScenario(options).run(POSTGRES)));
        }
        if (name.equals("compare")) {
            scenarios.add(new Scenario("compare", () -> new CompareScenario(options).run(POSTGRES)));
        }
        return scenarios;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    static void report(List<ScenarioResult> results, BenchOptions options, String name) throws Exception {
        report(results, List.of(), options, name);
    }

    static void report(List<ScenarioResult> results, List<String> failures, BenchOptions options, String name)
            throws Exception {
        StringBuilder md = new StringBuilder("## Shale bench: " + name + "\n\n");
        md.append(String.format("%d warm-up + %d measured rounds, interleaved; %s, %d cores, load average %s%n%n",
                options.warmup(), options.rounds(), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), loadAverage()));
        results.forEach(r -> md.append(r.markdown()).append('\n'));
        failures.forEach(f -> md.append("### FAILED ").append(f).append("\n\n"));
        md.append(Targets.check(results));
        System.out.println(md);
        Files.createDirectories(options.results());
        Files.writeString(options.results().resolve(name + ".md"), md);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.results().resolve(name + ".json").toFile(), results);
    }

    /** The 1, 5 and 15 minute load averages, so a reader can judge how noisy the figures are. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static BenchOptions parse(String[] args) {
        int tables = 2000;
        int migrations = 1000;
        int statusMigrations = 20;
        int rounds = 5;
        int warmup = 1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tables" -> tables = Integer.parseInt(args[i + 1]);
                case "--migrations" -> migrations = Integer.parseInt(args[i + 1]);
                case "--status-migrations" -> statusMigrations = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path jar = Path.of(env("SHALE_JAR", "shale-cli/target/shale.jar"));
        return new BenchOptions(tables, migrations, statusMigrations, warmup, rounds, jar,
                Path.of(env("SHALE_BENCH_RESULTS", "bench/results")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
