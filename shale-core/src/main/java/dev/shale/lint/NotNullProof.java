package dev.shale.lint;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the validated {@code CHECK (column IS NOT NULL)} that an earlier statement of the same
 * migration added, so that a later SET NOT NULL needs no scan where the database trusts such a
 * check (the safe NOT NULL recipe that {@code shale generate} writes on PostgreSQL).
 */
final class NotNullProof {
    private NotNullProof() {
    }

    /** The name of the check that proves {@code alter}'s column NOT NULL before its statement runs, if any. */
    static Optional<String> provingCheck(LintContext context, AttributedChange alter) {
        SafetyFacts facts = context.facts();
        if (!facts.notNullTrustsValidatedCheck() || !(alter.change() instanceof Change.AlterColumn column)) {
            return Optional.empty();
        }
        List<StatementEffect> statements = context.effect().statements();
        int setNotNull = statements.stream().map(StatementEffect::statement).toList().indexOf(alter.statement());
        for (int i = 0; i < setNotNull; i++) {
            StatementEffect adding = statements.get(i);
            for (Change change : adding.changes()) {
                if (change instanceof Change.AddCheck check && check.table().equals(column.table())
                        && isNotNullOf(check.check().expression(), column.to().name())
                        && validatedBefore(facts, statements, i, setNotNull, check.check().name())) {
                    return Optional.of(check.check().name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean validatedBefore(SafetyFacts facts, List<StatementEffect> statements, int added, int end,
                                           String name) {
        if (!facts.skipsValidation(statements.get(added).statement().sql())) {
            return true;
        }
        for (int i = added + 1; i < end; i++) {
            if (facts.validatesConstraint(statements.get(i).statement().sql(), name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code (col IS NOT NULL)}, as the database shows it back: parentheses, quotes and case aside. */
    static boolean isNotNullOf(String expression, String column) {
        String bare = expression.replaceAll("[()\"`\\s]+", " ").trim().toLowerCase(Locale.ROOT);
        return bare.equals(column.toLowerCase(Locale.ROOT) + " is not null");
    }
}
