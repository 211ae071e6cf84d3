package dev.shale.lint;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DS101 a table dropped, DS102 a column dropped from a table that stays: data lost, running code broken. */
final class DropRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            if (change instanceof Change.DropTable drop) {
                findings.add(context.finding(Rules.DROP_TABLE, attributed.statement(), "drops table "
                        + drop.table().name() + " and every row in it", Optional.of(change)));
            } else if (change instanceof Change.DropColumn drop && context.liveTable(drop.table())) {
                findings.add(context.finding(Rules.DROP_COLUMN, attributed.statement(), "drops column "
                        + drop.table() + "." + drop.column().name() + " and its data; code still reading it breaks",
                        Optional.of(change)));
            }
        }
        return findings;
    }
}
