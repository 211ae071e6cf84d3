package dev.shale.verify;

import java.util.Locale;
import java.util.Optional;

/**
 * How one step of a rehearsal went: the up, the down or the up again.
 *
 * @param status what happened
 * @param millis how long the step took (0 when it did not run)
 * @param detail the error or the first difference, when the step did not pass
 */
public record StepResult(Status status, long millis, Optional<String> detail) {

    /** What a step did. */
    public enum Status {
        /** Ran, and the schema is what it should be. */
        PASSED,
        /** Ran, but the schema differs from what it should be. */
        DIFFERS,
        /** The database refused it. */
        FAILED,
        /** The migration has no down section. */
        MISSING,
        /** Not run, because an earlier step or migration failed. */
        SKIPPED;

        /** The status as JSON and people read it: {@code passed}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static StepResult passed(long millis) {
        return new StepResult(Status.PASSED, millis, Optional.empty());
    }

    static StepResult differs(long millis, String difference) {
        return new StepResult(Status.DIFFERS, millis, Optional.of(difference));
    }

    static StepResult failed(long millis, String error) {
        return new StepResult(Status.FAILED, millis, Optional.of(error));
    }

    static StepResult missing() {
        return new StepResult(Status.MISSING, 0, Optional.of("no down section: the migration is not reversible"));
    }

    static StepResult skipped() {
        return new StepResult(Status.SKIPPED, 0, Optional.empty());
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
