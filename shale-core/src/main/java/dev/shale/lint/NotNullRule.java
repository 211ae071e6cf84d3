package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DS301 a NOT NULL column without a default added to a live table (fails on rows, or fills them
 * with zeros, and breaks inserts of the running code); DS302 an existing column made NOT NULL.
 */
final class NotNullRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AttributedChange attributed : context.effect().changes()) {
            Change change = attributed.change();
            if (change instanceof Change.AddColumn add && context.existedBefore(add.table())
                    && requiredWithoutValue(add.column())) {
                findings.add(context.finding(Rules.NOT_NULL_COLUMN, attributed.statement(), "adds NOT NULL column "
                        + add.table() + "." + add.column().name() + " without a default: existing rows have no "
                        + "value for it and inserts of the running code fail", Optional.of(change)));
            } else if (change instanceof Change.AlterColumn alter && context.liveTable(alter.table())
                    && alter.from().nullable() && !alter.to().nullable()) {
                String column = alter.table() + "." + alter.to().name();
                String message = NotNullProof.provingCheck(context, attributed)
                        .map(check -> "makes " + column + " NOT NULL without a scan (the validated CHECK " + check
                                + " proves it), but writers that leave it empty fail")
                        .orElse("makes " + column + " NOT NULL: every row is checked under lock, "
                                + "and writers that leave it empty fail");
                findings.add(context.finding(Rules.SET_NOT_NULL, attributed.statement(), message, Optional.of(change)));
            }
        }
        return findings;
    }

    private static boolean requiredWithoutValue(Column column) {
        return !column.nullable() && column.defaultValue() == null && column.identity() == null
                && column.generated() == null;
    }
}
