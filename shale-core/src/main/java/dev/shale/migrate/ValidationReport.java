package dev.shale.migrate;

import java.util.List;

/** What {@code validate} found; valid when there is no problem. */
public record ValidationReport(List<Problem> problems) {

    /** One problem with what to do about it. */
    public record Problem(String message, String hint) {
    }

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
