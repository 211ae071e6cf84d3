package dev.shale.lint;

import dev.shale.impact.CodeReference;
import dev.shale.impact.ImpactedName;
import dev.shale.impact.ImpactedNames;
import dev.shale.impact.SourceTree;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the application lines that use what a breaking finding drops, renames or changes beside
 * it (as {@code shale impact} finds them). The source is read once, and only when a breaking
 * finding needs it.
 */
final class CodeUsage {
    /** Rules whose findings break code that still uses the old table or column. */
    private static final Set<Rule> BREAKING = Set.of(Rules.DROP_TABLE, Rules.DROP_COLUMN, Rules.TYPE_CHANGE,
            Rules.SET_NOT_NULL, Rules.RENAME);

    private final Optional<Path> sourceDir;
    private SourceTree tree;

    CodeUsage(Optional<Path> sourceDir) {
        this.sourceDir = sourceDir;
    }

    List<Finding> annotate(List<Finding> findings, MigrationEffect effect) {
        if (sourceDir.isEmpty() || findings.stream().noneMatch(f -> BREAKING.contains(f.rule()))) {
            return findings;
        }
        List<ImpactedName> names = ImpactedNames.of(effect);
        return findings.stream().map(f -> BREAKING.contains(f.rule()) ? f.usedIn(lines(names, f)) : f).toList();
    }

    private List<CodeReference> lines(List<ImpactedName> names, Finding finding) {
        Set<CodeReference> found = new LinkedHashSet<>();
        names.stream().filter(n -> n.line() == finding.line())
                .forEach(n -> found.addAll(tree().find(n.identifier())));
        return List.copyOf(found);
    }

    private SourceTree tree() {
        if (tree == null) {
            tree = SourceTree.read(sourceDir.orElseThrow());
        }
        return tree;
    }
}
