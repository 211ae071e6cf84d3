package dev.shale.compare;

/**
 * A lint rule that fires on a difference.
 *
 * @param rule     the rule's stable id, e.g. {@code DS102}
 * @param severity lint's gate for it ({@code blocked}, {@code needs approval}, {@code info})
 * @param risk     lint's risk ({@code low}, {@code medium}, {@code high})
 * @param message  what the change does, in lint's words
 */
public record RuleFinding(String rule, String severity, String risk, String message) {
}
