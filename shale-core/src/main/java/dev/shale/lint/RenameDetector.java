package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.diff.RenameHints;
import dev.shale.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises a rename in one statement's effect. The differ never guesses renames, so a renamed
 * column reads as "dropped a, added b". When one statement drops a column and adds one that is
 * identical but for its name, and the statement says RENAME (or MySQL's CHANGE, which renames),
 * it was a rename: no data was lost.
 */
final class RenameDetector {
    private static final Pattern RENAMING = Pattern.compile("(?is)\\b(?:RENAME|CHANGE)\\b");

    private RenameDetector() {
    }

    static RenameHints renamesIn(String statement, List<Change> changes) {
        if (!RENAMING.matcher(statement).find()) {
            return RenameHints.NONE;
        }
        Map<QualifiedName, QualifiedName> tables = new HashMap<>();
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        for (Change dropped : changes) {
            for (Change added : changes) {
                if (dropped instanceof Change.DropColumn drop && added instanceof Change.AddColumn add
                        && drop.table().equals(add.table())
                        && drop.column().withName(add.column().name()).equals(add.column())) {
                    columns.computeIfAbsent(add.table(), t -> new HashMap<>())
                            .put(drop.column().name(), add.column().name());
                }
                if (dropped instanceof Change.DropTable drop && added instanceof Change.AddTable add
                        && drop.table().columns().equals(add.table().columns())) {
                    tables.put(drop.table().name(), add.table().name());
                }
            }
        }
        return new RenameHints(tables, columns);
    }

    /** Both sets of hints together. */
    static RenameHints merge(RenameHints first, RenameHints second) {
        Map<QualifiedName, QualifiedName> tables = new HashMap<>(first.tables());
        tables.putAll(second.tables());
        Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
        first.columns().forEach((t, m) -> columns.computeIfAbsent(t, k -> new HashMap<>()).putAll(m));
        second.columns().forEach((t, m) -> columns.computeIfAbsent(t, k -> new HashMap<>()).putAll(m));
        return new RenameHints(tables, columns);
    }
}
