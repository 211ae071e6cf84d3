package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS702: a statement the database refuses inside a transaction block, in a migration that runs in
 * one; the runner has to run it on its own, so the migration is no longer all-or-nothing.
 */
final class TransactionRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        var migrations = context.dialect().migrations();
        if (!migrations.transactionalDdl() || context.effect().script().noTransaction()) {
            return findings;
        }
        for (StatementEffect effect : context.effect().statements()) {
            migrations.mustRunOutsideTransaction(effect.statement().sql()).ifPresent(kind -> findings.add(
                    context.finding(Rules.NON_TRANSACTIONAL, effect.statement(), kind
                            + " cannot run in a transaction, but the migration is not marked -- shale:no-transaction",
                            Optional.empty())));
        }
        return findings;
    }
}
