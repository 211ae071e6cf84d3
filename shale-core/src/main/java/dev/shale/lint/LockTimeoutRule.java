package dev.shale.lint;

import dev.shale.diff.Change;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS901: a statement that waits for a lock which queues the application's queries behind it, with
 * nothing bounding that wait. A DDL statement stuck behind a long transaction stalls every query
 * on the table for as long as it waits, so an unbounded wait turns a slow report into an outage.
 *
 * <p>The wait is bounded when {@code shale migrate} sets {@code statement_lock_timeout} on its
 * session (above 0, the default is 5s) or when the migration sets one itself before the
 * statement; a {@code SET lock_timeout = 0} in the file removes the bound again.
 */
final class LockTimeoutRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        Duration bound = context.runnerLockTimeout();
        for (StatementEffect effect : context.effect().statements()) {
            bound = context.facts().lockWaitBound(effect.statement().sql()).orElse(bound);
            if (!bound.isZero()) {
                continue;
            }
            effect.changes().stream()
                    .filter(c -> context.existedBefore(c.subject()) && context.facts().queuesTrafficWhileWaiting(c))
                    .findFirst()
                    .ifPresent(change -> findings.add(context.finding(Rules.NO_LOCK_TIMEOUT, effect.statement(),
                            message(change), Optional.of(change))));
        }
        return findings;
    }

    private static String message(Change change) {
        return "waits for a blocking lock on " + change.subject() + " with no lock timeout: queries on the table "
                + "queue behind it for as long as it waits (statement_lock_timeout is 0 and the migration sets none)";
    }
}
