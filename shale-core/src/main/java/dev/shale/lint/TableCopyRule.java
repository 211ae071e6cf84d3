package dev.shale.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DS601: a change to a live table that the database makes by copying it, blocking writes (MySQL ALGORITHM=COPY). */
final class TableCopyRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            if (!context.liveTable(attributed.change().subject())) {
                continue;
            }
            context.facts().copiesTable(attributed.change(), attributed.statement().sql())
                    .ifPresent(why -> findings.add(context.finding(Rules.TABLE_COPY, attributed.statement(),
                            "copies table " + attributed.change().subject() + ": " + why,
                            Optional.of(attributed.change()))));
        }
        return findings;
    }
}
