package dev.shale.lint;

import dev.shale.impact.CodeReference;
import java.nio.file.Path;
import java.util.List;
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
 * @param usedIn    application source lines that use what the statement breaks (see {@code shale impact})
 */
public record Finding(Rule rule, String message, Path file, int line, String statement,
                      Optional<String> lock, Optional<Approval> approval, List<CodeReference> usedIn) {
    public Finding {
        usedIn = List.copyOf(usedIn);
    }

    /** A finding not (yet) looked up in the application source. */
    public Finding(Rule rule, String message, Path file, int line, String statement, Optional<String> lock,
                   Optional<Approval> approval) {
        this(rule, message, file, line, statement, lock, approval, List.of());
    }

    public Severity severity() {
        return rule.severity();
    }

    public boolean approved() {
        return approval.isPresent();
    }

    /** The same finding, accepted by {@code accepted}. */
    public Finding approvedBy(Approval accepted) {
        return new Finding(rule, message, file, line, statement, lock, Optional.of(accepted), usedIn);
    }

    /** The same finding, with the source lines that use what it breaks. */
    public Finding usedIn(List<CodeReference> references) {
        return new Finding(rule, message, file, line, statement, lock, approval, references);
    }
}
