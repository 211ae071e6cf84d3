package dev.shale.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Shale process spends its main thread's time, from Java Flight Recorder: one more run
 * of a contender after the measured rounds ({@code bench/run.sh … --profile}), never a measured
 * one, since the recorder's own start adds most of a second. Samples are taken every
 * millisecond while the thread runs Java code or waits in native code (a socket read: the
 * server's time); each is counted under the innermost Shale method on its stack and under its
 * innermost frame.
 *
 * @param contender   the profiled contender's name
 * @param recording   the {@code .jfr} file, for {@code jfr print} or JDK Mission Control
 * @param samples     the main thread's samples
 * @param shaleFrames the innermost {@code dev.shale} method of each sample, most sampled first
 * @param topFrames   the innermost frame of each sample, most sampled first
 */
record JfrProfile(String contender, String recording, long samples, List<Share> shaleFrames, List<Share> topFrames) {
    private static final int ROWS = 12;
    private static final String THREAD = "main";
    /** Only the two samplers, every millisecond: a recording of a short process stays small. */
    private static final String SETTINGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration version="2.0" label="shale bench">
              <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
              <event name="jdk.NativeMethodSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
            </configuration>
            """;

    /** A method and how many samples fell under it. */
    record Share(String frame, long samples) {
    }

    /** Runs {@code contender} once (with its untimed steps around it) under the recorder, and reads the recording. */
    static JfrProfile record(ProcessContender contender, Path recording) throws Exception {
        Files.createDirectories(recording.toAbsolutePath().getParent());
        Path settings = Files.createTempFile("shale-bench", ".jfc");
        try {
            Files.writeString(settings, SETTINGS);
            ProcessContender profiled = contender.withJvmOptions(List.of(
                    "-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ",settings=" + settings,
                    "-XX:FlightRecorderOptions=stackdepth=256", "-Xlog:jfr+startup=warning"));
            profiled.prepare();
            profiled.run();
            profiled.check();
        } finally {
            Files.deleteIfExists(settings);
        }
        return read(contender.name(), recording);
    }

    static JfrProfile read(String contender, Path recording) throws IOException {
        Map<String, Long> shale = new HashMap<>();
        Map<String, Long> top = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")
                    || event.getStackTrace() == null || !isMain(event.getThread("sampledThread"))) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(method(frames.get(0)), 1L, Long::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("dev.shale.")).findFirst()
                    .ifPresent(f -> shale.merge(method(f), 1L, Long::sum));
        }
        return new JfrProfile(contender, recording.toString(), samples, mostSampled(shale), mostSampled(top));
    }

    private static boolean isMain(RecordedThread thread) {
        return thread != null && THREAD.equals(thread.getJavaName());
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Share> mostSampled(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ROWS).map(e -> new Share(e.getKey(), e.getValue())).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("#### Profile: " + contender + " (one more run under JFR, not measured)\n\n");
        md.append("`").append(recording).append("`: the main thread, ").append(samples)
                .append(" samples of 1 ms while it ran Java code or waited in native code (a socket read is the server's time).\n\n");
        table(md, "innermost Shale method", shaleFrames);
        table(md, "innermost frame", topFrames);
        return md.toString();
    }

    private void table(StringBuilder md, String heading, List<Share> shares) {
        md.append("| samples | share | ").append(heading).append(" |\n|---:|---:|---|\n");
        for (Share share : shares) {
            md.append(String.format("| %d | %.1f%% | %s |%n", share.samples(),
                    samples == 0 ? 0.0 : 100.0 * share.samples() / samples, share.frame()));
        }
        md.append('\n');
    }

    /** A file name for the recording of {@code scenario}: its title in lower case, words joined by dashes. */
    static String fileName(String scenario) {
        return scenario.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".jfr";
    }
}
