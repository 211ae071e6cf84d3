package dev.shale.lint;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS401: an index built or dropped on a live table in the blocking form where the database
 * offers a non-blocking one (PostgreSQL: CREATE INDEX takes SHARE, blocking writes for the
 * whole build; DROP INDEX takes ACCESS EXCLUSIVE).
 */
final class IndexRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!context.facts().offersConcurrentIndexBuild()) {
            return findings;
        }
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            boolean index = change instanceof Change.AddIndex || change instanceof Change.DropIndex;
            if (index && context.liveTable(change.subject())
                    && !context.facts().isConcurrentIndexStatement(attributed.statement().sql())) {
                String verb = change instanceof Change.AddIndex add ? "builds index " + add.index().name()
                        : "drops index " + ((Change.DropIndex) change).index().name();
                findings.add(context.finding(Rules.BLOCKING_INDEX, attributed.statement(), verb + " on "
                        + change.subject() + " without CONCURRENTLY", Optional.of(change)));
            }
        }
        return findings;
    }
}
