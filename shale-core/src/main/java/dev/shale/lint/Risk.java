package dev.shale.lint;

/** How much harm a finding can do in production: low, medium or high. */
public enum Risk {
    LOW, MEDIUM, HIGH;

    /** Lower-case, as reports print it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
