package dev.shale.lint;

import java.util.List;

/** DS701: a migration without a down section cannot be rolled back by Shale. */
final class DownSectionRule implements LintRule {
    @Override
    public List<Finding> check(LintContext context) {
        if (context.effect().script().down().isPresent()) {
            return List.of();
        }
        return List.of(context.fileFinding(Rules.NO_DOWN, context.effect().script().up().firstLine(),
                "has no down section: 'shale rollback' cannot take it back"));
    }
}
