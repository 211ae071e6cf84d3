package dev.shale.lint;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DS201: a column type change on a live table that rewrites the table or may lose data. */
final class TypeChangeRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            if (attributed.change() instanceof Change.AlterColumn alter && alter.what().contains(Change.ColumnAspect.TYPE)
                    && context.liveTable(alter.table())) {
                Optional<SafetyFacts.TypeChange> cost = context.facts().typeChange(alter.from(), alter.to());
                cost.filter(c -> c.rewrites() || c.mayLoseData()).ifPresent(c -> findings.add(context.finding(
                        Rules.TYPE_CHANGE, attributed.statement(), message(alter, c), Optional.of(alter))));
            }
        }
        return findings;
    }

    private static String message(Change.AlterColumn alter, SafetyFacts.TypeChange cost) {
        String what = cost.mayLoseData() ? (cost.rewrites() ? "may lose data and rewrites the table" : "may lose data")
                : "rewrites the table";
        return "changes " + alter.table() + "." + alter.to().name() + " from " + alter.from().type() + " to "
                + alter.to().type() + ": " + what + " (" + cost.why() + ")";
    }
}
