package dev.shale.lint;

import dev.shale.diff.Change;
import dev.shale.migrate.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Links each net change of a migration to the statement that made it: the first statement
 * whose own effect holds the same change (same kind, table and object), else the first that
 * touched the same table (a SQLite rebuild drops and renames tables on the way to one altered
 * table), else the first statement of the migration.
 */
final class Attribution {
    private Attribution() {
    }

    static List<AttributedChange> attribute(List<Change> net, List<StatementEffect> statements, SqlStatement first) {
        List<AttributedChange> result = new ArrayList<>();
        for (Change change : net) {
            SqlStatement statement = find(statements, change, Attribution::sameObject)
                    .or(() -> find(statements, change, Attribution::sameTable)).orElse(first);
            result.add(new AttributedChange(change, statement));
        }
        return result;
    }

    private static Optional<SqlStatement> find(List<StatementEffect> statements, Change change,
                                               BiPredicate<Change, Change> match) {
        return statements.stream().filter(s -> s.changes().stream().anyMatch(c -> match.test(c, change)))
                .map(StatementEffect::statement).findFirst();
    }

    private static boolean sameObject(Change a, Change b) {
        return a.getClass().equals(b.getClass()) && a.subject().equals(b.subject())
                && Objects.equals(objectName(a), objectName(b));
    }

    private static boolean sameTable(Change a, Change b) {
        return a.subject().equals(b.subject()) || a instanceof Change.RenameTable r && r.to().equals(b.subject());
    }

    /** The column, constraint or index a change is about, when it is about one. */
    private static String objectName(Change change) {
        if (change instanceof Change.AddColumn c) {
            return c.column().name();
        } else if (change instanceof Change.DropColumn c) {
            return c.column().name();
        } else if (change instanceof Change.AlterColumn c) {
            return c.to().name();
        } else if (change instanceof Change.RenameColumn c) {
            return c.to();
        } else if (change instanceof Change.AddIndex c) {
            return c.index().name();
        } else if (change instanceof Change.DropIndex c) {
            return c.index().name();
        } else if (change instanceof Change.AddCheck c) {
            return c.check().name();
        } else if (change instanceof Change.AddForeignKey c) {
            return c.foreignKey().name();
        } else if (change instanceof Change.AddUnique c) {
            return c.unique().name();
        }
        return null;
    }
}
