package dev.shale.lint;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one rule found in one migration.
 *
 * @param rule      the rule
 * @param message   what the migration does and why it is risky
 * @param file      the migration file
 * @param line      the line where the offending statement starts (1-based)
 * @param statement the offending statement, or empty when the finding is about the whole file
 * @param lock      the lock it takes and what that blocks, when known
 * @param approval  the approval in the migration that accepts it, if any
 */
public record Finding(Rule rule, String message, Path file, int line, String statement,
                      Optional<String> lock, Optional<Approval> approval) {

    public Severity severity() {
        return rule.severity();
    }

    public boolean approved() {
        return approval.isPresent();
    }

    /** The same finding, accepted by {@code accepted}. */
    public Finding approvedBy(Approval accepted) {
        return new Finding(rule, message, file, line, statement, lock, Optional.of(accepted));
    }
}
