package dev.shale.lint;

import dev.shale.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DS602: a live table rebuilt (SQLite's twelve-step rebuild copies every row under the write lock). */
final class RebuildRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<QualifiedName> reported = new HashSet<>();
        for (AttributedChange attributed : context.effect().changes()) {
            QualifiedName table = attributed.change().subject();
            if (context.liveTable(table) && context.facts().rebuildsTable(attributed.change()) && reported.add(table)) {
                findings.add(context.finding(Rules.TABLE_REBUILD, attributed.statement(), "rebuilds table " + table
                        + " (copies every row)", Optional.of(attributed.change())));
            }
        }
        return findings;
    }
}
