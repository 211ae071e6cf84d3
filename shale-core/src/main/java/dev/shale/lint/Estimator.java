package dev.shale.lint;

import dev.shale.dialect.SafetyFacts;
import dev.shale.dialect.TableStatistics.TableSize;
import dev.shale.diff.Change;
import dev.shale.migrate.sql.SqlStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Estimates how long each statement's rewrites, scans and index builds take on the environment's tables. */
final class Estimator {
    private final EstimateBasis basis;

    Estimator(EstimateBasis basis) {
        this.basis = basis;
    }

    /** One estimate per statement, table and kind of work, from the migration's net changes. */
    List<Estimate> estimate(LintContext context) {
        List<Estimate> estimates = new ArrayList<>();
        SafetyFacts facts = context.facts();
        Set<String> seen = new HashSet<>();
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            TableSize size = basis.tables().get(change.subject());
            if (size == null || !context.existedBefore(change.subject())) {
                continue;
            }
            // SET NOT NULL proven by a validated CHECK earlier in the migration scans nothing.
            boolean provenNotNull = NotNullProof.provingCheck(context, attributed).isPresent();
            SqlStatement statement = attributed.statement();
            facts.work(change, statement.sql())
                    .filter(work -> !(provenNotNull && work.kind() == SafetyFacts.WorkKind.SCAN))
                    .filter(work -> seen.add(statement.line() + "/" + change.subject() + "/" + work.kind()))
                    .ifPresent(work -> estimates.add(estimate(statement, change, size, work, facts)));
        }
        estimates.sort(java.util.Comparator.comparingInt(Estimate::line));
        return estimates;
    }

    private Estimate estimate(SqlStatement statement, Change change, TableSize size, SafetyFacts.Work work,
                              SafetyFacts facts) {
        Duration duration = Duration.ofMillis(size.bytes() * 1000 / Math.max(1, facts.bytesPerSecond(work.kind())));
        boolean over = work.blocking() && duration.compareTo(basis.lockThreshold()) > 0;
        return new Estimate(statement.line(), change.subject(), work.kind(), size, duration, work.blocking(),
                over);
    }
}
