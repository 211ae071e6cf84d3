package dev.shale.lint;

/**
 * One lint rule. Its id never changes meaning: approvals in migration files and CI
 * configuration refer to it. {@code docs/lint-rules.md} has one section per rule.
 *
 * @param id              stable id, e.g. {@code DS102}
 * @param title           what the rule finds, in a few words
 * @param severity        the gate the finding puts the migration in
 * @param risk            how much harm it can do
 * @param safeAlternative what to do instead
 */
public record Rule(String id, String title, Severity severity, Risk risk, String safeAlternative) {
}
