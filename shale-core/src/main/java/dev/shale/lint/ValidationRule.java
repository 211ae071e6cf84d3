package dev.shale.lint;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS402: a CHECK or foreign key added to a live table with validation of every existing row
 * under the ALTER's lock, where the database can add it unvalidated and validate it later
 * under a weaker lock (PostgreSQL NOT VALID + VALIDATE CONSTRAINT).
 */
final class ValidationRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!context.facts().offersUnvalidatedConstraints()) {
            return findings;
        }
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            String name = change instanceof Change.AddCheck check ? "CHECK " + check.check().name()
                    : change instanceof Change.AddForeignKey fk ? "foreign key " + fk.foreignKey().name() : null;
            if (name != null && context.existedBefore(change.subject())
                    && !context.facts().skipsValidation(attributed.statement().sql())) {
                findings.add(context.finding(Rules.VALIDATED_CONSTRAINT, attributed.statement(), "adds " + name
                        + " to " + change.subject() + " and checks every existing row while holding the lock",
                        Optional.of(change)));
            }
        }
        return findings;
    }
}
