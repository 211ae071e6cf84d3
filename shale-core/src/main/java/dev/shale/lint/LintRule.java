package dev.shale.lint;

import java.util.List;

/** One check over a migration's measured effect (or its text, where the effect says too little). */
@FunctionalInterface
public interface LintRule {
    List<Finding> check(LintContext context);
}
