package dev.shale.lint;

/**
 * The CI gate a lint report puts a change in, and the exit code of {@code shale lint}: 0 all
 * clear, 1 a finding needs approval, 2 blocked. A usage or configuration error also exits with
 * 2; a CI tells the two apart with {@code --format json}, whose output has a {@code gate} field
 * only when the lint ran.
 */
public enum LintGate {
    CLEAR(0, "all clear"),
    NEEDS_APPROVAL(1, "needs approval"),
    BLOCKED(2, "blocked");

    private final int exitCode;
    private final String label;

    LintGate(int exitCode, String label) {
        this.exitCode = exitCode;
        this.label = label;
    }

    public int exitCode() {
        return exitCode;
    }

    public String label() {
        return label;
    }
}
