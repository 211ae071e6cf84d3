package dev.shale.compare;

import dev.shale.dialect.Dialect;
import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.lint.ChangeRules;
import dev.shale.lint.Finding;
import dev.shale.lint.Rules;
import dev.shale.lint.Severity;
import dev.shale.model.DatabaseSchema;
import java.util.List;
import java.util.Set;

/**
 * Classifies a change from TARGET to SOURCE with lint's rules ({@link ChangeRules}):
 * breaking when a finding is blocked (DS301), drops a table or column (DS101, DS102), or changes
 * a type in a way that may lose data (DS201 when the dialect says values may not survive); risky
 * when any other rule fires (a type change that only rewrites, SET NOT NULL, a rename, a table
 * copy or rebuild); safe when none does.
 */
final class DifferenceClassifier {
    private static final Set<String> LOSES_DATA = Set.of(Rules.DROP_TABLE.id(), Rules.DROP_COLUMN.id());

    private final ChangeRules rules;
    private final SafetyFacts facts;
    private final DatabaseSchema target;
    private final DatabaseSchema source;

    DifferenceClassifier(Dialect dialect, DatabaseSchema target, DatabaseSchema source) {
        this.rules = new ChangeRules(dialect);
        this.facts = dialect.safety();
        this.target = target;
        this.source = source;
    }

    List<RuleFinding> findings(Change change) {
        return rules.check(change, target, source).stream().map(DifferenceClassifier::finding).toList();
    }

    Classification classify(Change change, List<RuleFinding> findings) {
        if (findings.isEmpty()) {
            return Classification.SAFE;
        }
        boolean breaking = findings.stream().anyMatch(f -> f.severity().equals(Severity.BLOCKED.label())
                || LOSES_DATA.contains(f.rule())
                || f.rule().equals(Rules.TYPE_CHANGE.id()) && mayLoseData(change));
        return breaking ? Classification.BREAKING : Classification.RISKY;
    }

    private boolean mayLoseData(Change change) {
        return change instanceof Change.AlterColumn alter
                && facts.typeChange(alter.from(), alter.to()).map(SafetyFacts.TypeChange::mayLoseData).orElse(false);
    }

    private static RuleFinding finding(Finding f) {
        return new RuleFinding(f.rule().id(), f.severity().label(), f.rule().risk().label(), f.message());
    }
}
