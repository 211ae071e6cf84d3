package dev.shale.impact;

import dev.shale.diff.Change;
import dev.shale.lint.AttributedChange;
import dev.shale.lint.MigrationEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names whose change can break running code, read from a migration's measured effect:
 * dropped and renamed tables and columns (by their old name), and columns whose type or
 * nullability changed.
 */
public final class ImpactedNames {
    private ImpactedNames() {
    }

    public static List<ImpactedName> of(MigrationEffect effect) {
        List<ImpactedName> names = new ArrayList<>();
        String migration = effect.script().script();
        for (AttributedChange attributed : effect.changes()) {
            int line = attributed.statement().line();
            describe(attributed.change(), effect)
                    .ifPresent(n -> names.add(new ImpactedName(migration, line, n.change(), n.identifier())));
        }
        return names;
    }

    /** The change in words and the identifier code uses, or empty when code cannot break on it. */
    private static Optional<Described> describe(Change change, MigrationEffect effect) {
        if (change instanceof Change.DropTable) {
            return Optional.of(new Described("drops table " + change.subject(), change.subject().name()));
        }
        if (change instanceof Change.RenameTable rename) {
            return Optional.of(new Described("renames table " + rename.from() + " to " + rename.to().name(),
                    rename.from().name()));
        }
        boolean existed = effect.before().table(change.subject()).isPresent();
        if (change instanceof Change.DropColumn drop && existed) {
            return Optional.of(new Described("drops column " + drop.table() + "." + drop.column().name(),
                    drop.column().name()));
        }
        if (change instanceof Change.RenameColumn rename && existed) {
            return Optional.of(new Described("renames column " + rename.table() + "." + rename.from() + " to "
                    + rename.to(), rename.from()));
        }
        if (change instanceof Change.AlterColumn alter && existed && (alter.what().contains(Change.ColumnAspect.TYPE)
                || alter.what().contains(Change.ColumnAspect.NULLABILITY))) {
            String what = alter.what().contains(Change.ColumnAspect.TYPE)
                    ? "type " + alter.from().type() + " → " + alter.to().type()
                    : (alter.to().nullable() ? "now nullable" : "now NOT NULL");
            return Optional.of(new Described("changes column " + alter.table() + "." + alter.to().name() + " ("
                    + what + ")", alter.to().name()));
        }
        return Optional.empty();
    }

    private record Described(String change, String identifier) {
    }
}
