package dev.shale.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run.sh s1-apply|s1-noop|inspect|s3-status|s4-diff|compare|all [--db postgresql|mariadb|sqlite|all]
 * [--migrations N] [--tables N] [--rounds R] [--warmup W] [--profile]}: runs scenarios beside the peers and prints
 * (and writes to bench/results/) a Markdown table, JSON and a PASS / MISS line per target; with {@code --profile},
 * also where Shale's time went in one more run of each scenario under JFR ({@link JfrProfile}). S1 apply, S1 no-op and
 * S3 status run on each database {@code --db} names (default PostgreSQL, every one for {@code all}), S2
 * inspect on PostgreSQL and MariaDB, S4 and compare on PostgreSQL. Servers: {@code SHALE_BENCH_POSTGRES_URL}
 * (run.sh starts a private cluster when it is unset) and {@code SHALE_BENCH_MARIADB_URL}; SQLite files go to a
 * temporary folder.
 */
public final class BenchMain {
    static final String POSTGRES = env("SHALE_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres");
    static final String MARIADB = env("SHALE_BENCH_MARIADB_URL", "mysql://root@127.0.0.1:3306/");
    private static final List<String> SCENARIOS = List.of("s1-apply", "s1-noop", "inspect", "s3-status", "s4-diff",
            "compare", "all");
    private static final String USAGE = "usage: bench/run.sh " + String.join("|", SCENARIOS)
            + " [--db postgresql|mariadb|sqlite|all] [--migrations N] [--tables N] [--rounds R] [--warmup W] [--profile]";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        // The report says what failed; MariaDB Connector/J would also print it to the console.
        System.setProperty("mariadb.logging.disable", "true");
        if (args.length == 0 || !SCENARIOS.contains(args[0])) {
            usage(null);
        }
        BenchOptions options = null;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        String db = option(args, "--db");
        if (db != null && !db.equals("all") && !BenchTarget.IDS.contains(db)) {
            usage("unknown database " + db);
        }
        List<Scenario> scenarios = scenarios(args[0], db, options);
        if (scenarios.isEmpty()) {
            usage(args[0] + " does not run on " + db);
        }
        String reportName = db == null || db.equals("postgresql") ? args[0] : args[0] + "-" + db;
        List<ScenarioResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            try {
                results.add(scenario.run());
            } catch (Exception e) {
                // One scenario failing (a fingerprint mismatch, a peer crashing) must not hide the others.
                System.err.println("bench: " + scenario.name() + " FAILED: " + e.getMessage());
                failures.add(scenario.name() + ": " + firstLine(e));
            }
            report(results, failures, options, reportName);
        }
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("bench: " + problem);
        }
        System.err.println(USAGE);
        System.exit(2);
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

    /** A migration scenario (S1 apply, S1 no-op, S3 status) on one target. */
    private interface TargetRun {
        ScenarioResult run(BenchTarget target) throws Exception;
    }

    private static List<Scenario> scenarios(String name, String db, BenchOptions options) {
        List<Scenario> scenarios = new ArrayList<>();
        boolean all = name.equals("all");
        // --db all, or the whole bench without --db: every database the scenario runs on.
        boolean every = "all".equals(db) || (db == null && all);
        List<String> migrationDbs = every ? BenchTarget.IDS : List.of(db == null ? "postgresql" : db);
        if (all || name.equals("s1-apply")) {
            addOnEach(scenarios, "S1 apply", migrationDbs, t -> new ApplyScenario(options).run(t));
        }
        if (all || name.equals("s1-noop")) {
            addOnEach(scenarios, "S1 no-op", migrationDbs, t -> new NoopScenario(options).run(t));
        }
        if (all || name.equals("inspect")) {
            if (db == null || every || db.equals("postgresql")) {
                scenarios.add(new Scenario("S2 inspect PostgreSQL", () -> new InspectScenario(options).run(POSTGRES)));
            }
            if (db == null || every || db.equals("mariadb")) {
                scenarios.add(new Scenario("S2 inspect MariaDB", () -> new InspectScenario(options).run(MARIADB)));
            }
        }
        if (all || name.equals("s3-status")) {
            addOnEach(scenarios, "S3 status", migrationDbs, t -> new StatusScenario(options).run(t));
        }
        boolean postgres = db == null || every || db.equals("postgresql");
        if (postgres && (all || name.equals("s4-diff"))) {
            scenarios.add(new Scenario("S4 diff", () -> new DiffScenario(options).run(POSTGRES)));
        }
        if (postgres && name.equals("compare")) {
            scenarios.add(new Scenario("compare", () -> new CompareScenario(options).run(POSTGRES)));
        }
        return scenarios;
    }

    private static void addOnEach(List<Scenario> scenarios, String name, List<String> dbs, TargetRun run) {
        for (String db : dbs) {
            scenarios.add(new Scenario(name + " " + db, () -> onTarget(db, run)));
        }
    }

    /** Runs {@code run} on the database {@code db}; SQLite's files live in a temporary folder, deleted after. */
    private static ScenarioResult onTarget(String db, TargetRun run) throws Exception {
        if (!db.equals("sqlite")) {
            return run.run(BenchTarget.of(db.equals("mariadb") ? MARIADB : POSTGRES));
        }
        Path folder = Files.createTempDirectory("shale-bench-sqlite");
        try {
            return run.run(BenchTarget.of("sqlite:" + folder.resolve("bench.db")));
        } finally {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
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
        boolean profile = false;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--profile")) {
                profile = true;
                continue;
            }
            String value = value(args, i);
            i++;
            switch (option) {
                case "--db" -> {
                    // Chooses the scenarios' databases; see option().
                }
                case "--tables" -> tables = number(option, value);
                case "--migrations" -> migrations = number(option, value);
                case "--status-migrations" -> statusMigrations = number(option, value);
                case "--rounds" -> rounds = number(option, value);
                case "--warmup" -> warmup = number(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        Path jar = Path.of(env("SHALE_JAR", "shale-cli/target/shale.jar"));
        return new BenchOptions(tables, migrations, statusMigrations, warmup, rounds, jar,
                Path.of(env("SHALE_BENCH_RESULTS", "bench/results")), profile);
    }

    private static String value(String[] args, int option) {
        if (option + 1 >= args.length) {
            throw new IllegalArgumentException(args[option] + " needs a value");
        }
        return args[option + 1];
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }

    /** The value after {@code name} on the command line, or null. */
    private static String option(String[] args, String name) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
