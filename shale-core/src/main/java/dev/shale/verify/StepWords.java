package dev.shale.verify;

import java.util.ArrayList;
import java.util.List;

/** The steps of a verdict in words, as text and Markdown show them: {@code down restores (8 ms)}. */
final class StepWords {
    private StepWords() {
    }

    static String up(StepResult up) {
        return words(up, "up ok", "up differs", "up fails");
    }

    static String down(StepResult down) {
        return down.status() == StepResult.Status.MISSING ? "no down section"
                : words(down, "down restores", "down differs", "down fails");
    }

    static String reUp(StepResult reUp) {
        return words(reUp, "up again ok", "up again differs", "up again fails");
    }

    /** The steps that ran, joined: {@code up ok (12 ms), down restores (8 ms), up again ok (10 ms)}. */
    static String all(MigrationVerdict verdict) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of(up(verdict.up()), down(verdict.down()), reUp(verdict.reUp()), data(verdict))) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /** {@code data kept}, {@code up loses data} or {@code down loses data}; empty when data was not checked. */
    static String data(MigrationVerdict verdict) {
        return verdict.data().map(d -> !d.kept() ? "down loses data"
                : d.upLosses().isEmpty() ? "data kept" : "up loses data").orElse("");
    }

    /** PASS, FAIL or SKIP. */
    static String outcome(MigrationVerdict verdict) {
        return verdict.passed() ? "PASS" : verdict.skipped() ? "SKIP" : "FAIL";
    }

    private static String words(StepResult step, String passed, String differs, String failed) {
        return switch (step.status()) {
            case PASSED -> passed + " (" + step.millis() + " ms)";
            case DIFFERS -> differs;
            case FAILED -> failed;
            case MISSING, SKIPPED -> "";
        };
    }
}
