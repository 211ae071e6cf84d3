package dev.shale.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contender run as a whole process under GNU {@code time -v}, for wall time and peak RSS. */
final class ProcessContender implements Contender {
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private final String name;
    private final List<String> command;

    ProcessContender(String name, List<String> command) {
        this.name = name;
        this.command = List.copyOf(command);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Measurement run() throws Exception {
        Path timeOutput = Files.createTempFile("shale-bench-time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeOutput.toString()));
        timed.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "): " + String.join(" ", command));
        }
        long nanos = System.nanoTime() - start;
        Matcher rss = MAX_RSS.matcher(Files.readString(timeOutput));
        Files.deleteIfExists(timeOutput);
        return new Measurement(nanos, rss.find() ? Long.parseLong(rss.group(1)) : 0);
    }
}
