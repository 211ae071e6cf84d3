package dev.shale.lint;

import dev.shale.diff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DS501: a table or column renamed; code of the running release still uses the old name. */
final class RenameRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            String message = null;
            if (change instanceof Change.RenameTable rename) {
                message = "renames table " + rename.from() + " to " + rename.to();
            } else if (change instanceof Change.RenameColumn rename) {
                message = "renames column " + rename.table() + "." + rename.from() + " to " + rename.to();
            }
            if (message != null) {
                findings.add(context.finding(Rules.RENAME, attributed.statement(), message
                        + "; code still using the old name breaks", Optional.of(change)));
            }
        }
        return findings;
    }
}
