package dev.shale.compare;

import java.util.Optional;

/**
 * The outcome of the drift check of one environment in {@code drift --all}.
 *
 * @param report  the report, when the environment could be checked
 * @param problem why it could not be checked (no credentials in it), when it could not
 */
public record EnvironmentDrift(String environment, Status status, Optional<DriftReport> report,
                               Optional<String> problem) {

    /** Where one environment stands. */
    public enum Status {
        /** Checked: it matches its migrations. */
        CLEAN,
        /** Checked: it differs from its migrations. */
        DRIFTED,
        /** Its database could not be reached (or logged in to). */
        UNREACHABLE,
        /** It could not be checked for another reason: configuration, migration directory, dev database. */
        FAILED;

        /** True when the environment needs someone's attention. */
        public boolean alarming() {
            return this != CLEAN;
        }
    }

    /** The outcome of an environment that could be checked. */
    public static EnvironmentDrift checked(DriftReport report) {
        return new EnvironmentDrift(report.environment(), report.drifted() ? Status.DRIFTED : Status.CLEAN,
                Optional.of(report), Optional.empty());
    }

    static EnvironmentDrift notChecked(String environment, Status status, String problem) {
        return new EnvironmentDrift(environment, status, Optional.empty(), Optional.of(problem));
    }
}
