package dev.shale.lint;

/**
 * Where a finding puts a migration in the CI gate: blocked (exit 2), needs approval (exit 1)
 * or for information only (exit 0). An approval in the migration accepts a finding of any severity.
 */
public enum Severity {
    BLOCKED("blocked"),
    NEEDS_APPROVAL("needs approval"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** How reports print it. */
    public String label() {
        return label;
    }
}
