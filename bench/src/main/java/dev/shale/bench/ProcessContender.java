package dev.shale.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contender run as a whole process under GNU {@code time -v}, for wall time and peak RSS. */
final class ProcessContender implements Contender {
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** Untimed work around a run. */
    interface Step {
        void run() throws Exception;
    }

    private final String name;
    private final List<String> command;
    private Path workingDir;
    private Path input;
    private final Map<String, String> environment = new HashMap<>();
    private Set<Integer> exitCodes = Set.of(0);
    private Step prepare = () -> { };
    private Step check = () -> { };
    private String lastOutput = "";

    ProcessContender(String name, List<String> command) {
        this.name = name;
        this.command = List.copyOf(command);
    }

    ProcessContender in(Path dir) {
        this.workingDir = dir;
        return this;
    }

    /** Standard input from {@code file} ({@code mariadb DB < file}). */
    ProcessContender input(Path file) {
        this.input = file;
        return this;
    }

    ProcessContender env(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Exit codes that mean success ({@code shale diff} exits 1 when the schemas differ). */
    ProcessContender exitCodes(Integer... codes) {
        this.exitCodes = Set.of(codes);
        return this;
    }

    ProcessContender beforeEach(Step step) {
        this.prepare = step;
        return this;
    }

    ProcessContender afterEach(Step step) {
        this.check = step;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The same contender with {@code options} given to its JVM (after the {@code java} binary), for
     * a run outside the measured rounds such as a profile.
     */
    ProcessContender withJvmOptions(List<String> options) {
        if (!isJava()) {
            throw new IllegalStateException(name + " is not a Java process: " + command.get(0));
        }
        List<String> withOptions = new ArrayList<>(command);
        withOptions.addAll(1, options);
        ProcessContender copy = new ProcessContender(name, withOptions);
        copy.workingDir = workingDir;
        copy.input = input;
        copy.environment.putAll(environment);
        copy.exitCodes = exitCodes;
        copy.prepare = prepare;
        copy.check = check;
        return copy;
    }

    /** True when the command starts a JVM (Shale and the peers run through their Java APIs). */
    boolean isJava() {
        return Path.of(command.get(0)).getFileName().toString().equals("java");
    }

    /** Standard output and error of the last run. */
    String lastOutput() {
        return lastOutput;
    }

    @Override
    public void prepare() throws Exception {
        prepare.run();
    }

    @Override
    public void check() throws Exception {
        check.run();
    }

    @Override
    public Measurement run() throws Exception {
        Path timeOutput = Files.createTempFile("shale-bench-time", ".txt");
        Path output = Files.createTempFile("shale-bench-out", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeOutput.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(30, TimeUnit.MINUTES);
        long nanos = System.nanoTime() - start;
        lastOutput = Files.readString(output);
        Files.deleteIfExists(output);
        if (!finished || !exitCodes.contains(process.exitValue())) {
            process.destroyForcibly();
            Files.deleteIfExists(timeOutput);
            throw new IllegalStateException(name + " failed (exit " + (finished ? process.exitValue() : "timeout")
                    + "): " + String.join(" ", command) + "\n" + tail(lastOutput));
        }
        Matcher rss = MAX_RSS.matcher(Files.readString(timeOutput));
        Files.deleteIfExists(timeOutput);
        return new Measurement(nanos, rss.find() ? Long.parseLong(rss.group(1)) : 0);
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
    }

    /** The JVM options of the {@code ./shale} launcher; a test keeps the two equal. */
    static final List<String> SHALE_LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto", "-Xms64m", "-Xlog:cds=off,cds+dynamic=off");

    /**
     * Shale's packaged jar as its launcher runs it: with the class data sharing archive the build
     * writes beside the jar ({@code shale.jsa}) when it is newer than the jar.
     */
    static List<String> shale(java.nio.file.Path jar, String... arguments) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(SHALE_LAUNCHER_OPTIONS);
        Path archive = jar.toAbsolutePath().resolveSibling("shale.jsa");
        if (newerThan(archive, jar)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * A peer's main class from the bench's own class path (the bench jar, or the test class path),
     * with the JVM's defaults as the peers' own launchers use them, plus
     * {@code SHALE_BENCH_PEER_JAVA_OPTS} (e.g. Shale's options, to compare on equal flags).
     */
    static List<String> peer(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        String extra = System.getenv("SHALE_BENCH_PEER_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean newerThan(Path file, Path other) {
        try {
            return Files.isRegularFile(file) && Files.isRegularFile(other)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(other)) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
