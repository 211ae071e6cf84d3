package dev.shale.dialect.sqlite;

import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.dialect.SchemaPlanner;
import dev.shale.dialect.sqlite.SqliteChangeStatements.Step;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UnmanagedObject;
import dev.shale.model.View;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Plans a change set on SQLite 3.35+. ALTER TABLE does what it can in place (RENAME TO,
 * RENAME COLUMN, ADD COLUMN, DROP COLUMN, see {@link SqliteInPlace}); indexes and views are
 * dropped and created; every other change to an existing table (type, nullability, default,
 * keys, checks, foreign keys, WITHOUT ROWID/STRICT) is carried out by one documented rebuild
 * per table that gathers all its changes (https://www.sqlite.org/lang_altertable.html#otheralter,
 * see {@link SqliteRebuild}), placed after the table's renames. A new table gets its foreign
 * keys inside its CREATE TABLE.
 *
 * <p>Assumption: the plan runs in one transaction with {@code PRAGMA foreign_keys=OFF}, which is
 * SQLite's default and how Shale's connections leave it. The PRAGMA is a no-op inside a
 * transaction (https://sqlite.org/foreignkeys.html#fk_enable), so the plan cannot switch it
 * itself: a plan with a rebuild starts with a guard that stops it when enforcement is on, and
 * ends, for each rebuilt table that gains a foreign key, with a guard that stops it when
 * {@code PRAGMA foreign_key_check} finds rows that break one (see {@link SqliteGuard}).
 *
 * <p>Refused: enums, sequences and comments (SQLite has none), and rebuilding a table that has
 * triggers, which Shale does not manage and the rebuild would drop.
 */
final class SqlitePlanner implements SchemaPlanner {
    private final UnaryOperator<String> quote;

    SqlitePlanner(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    @Override
    public Plan plan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        refuseComments(to);
        SqliteCurrentTables current = new SqliteCurrentTables(from, changes);
        SqliteChangeStatements visitor = new SqliteChangeStatements(quote, current, to);
        List<Step> steps = changes.changes().stream().map(c -> c.accept(visitor)).toList();
        Map<QualifiedName, Change> rebuilds = rebuilds(changes.changes(), steps);
        rebuilds.keySet().forEach(table -> refuseTriggers(from, current.originalName(table)));
        List<PlannedStatement> statements = new ArrayList<>();
        List<String> notes = new ArrayList<>(SqlitePlanNotes.of(changes, rebuilds.keySet()));
        List<View> affectedViews = SqliteRebuiltViews.affected(from, rebuiltNames(rebuilds.keySet(), current),
                droppedViews(changes));
        if (!rebuilds.isEmpty()) {
            Change first = rebuilds.values().iterator().next();
            new SqliteGuard(quote).foreignKeysOff().forEach(sql -> statements.add(PlannedStatement.of(sql, first)));
        }
        affectedViews.forEach(view -> statements.add(PlannedStatement.of(
                "DROP VIEW " + quote.apply(view.name().name()), new Change.DropView(view))));
        Map<QualifiedName, Integer> lastChange = lastChangeOfEachTable(changes.changes());
        for (int i = 0; i < steps.size(); i++) {
            Change change = changes.changes().get(i);
            QualifiedName table = tableOf(change);
            boolean rebuilt = rebuilds.containsKey(table);
            if (!rebuilt || isRename(change)) {
                steps.get(i).sql().forEach(sql -> statements.add(PlannedStatement.of(sql, change)));
            }
            if (rebuilt && lastChange.get(table) == i) {
                rebuild(current.table(table).orElseThrow(), to.table(table).orElseThrow(), from, to)
                        .forEach(sql -> statements.add(PlannedStatement.of(sql, rebuilds.get(table))));
            }
        }
        foreignKeyChecks(rebuilds, current, to, statements);
        createViews(changes, affectedViews, to, statements);
        return new Plan(statements, notes);
    }

    /** The tables to rebuild, each with the first of its changes that needs the rebuild. */
    private static Map<QualifiedName, Change> rebuilds(List<Change> changes, List<Step> steps) {
        Map<QualifiedName, Change> rebuilds = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (steps.get(i).rebuild()) {
                rebuilds.putIfAbsent(tableOf(changes.get(i)), changes.get(i));
            }
        }
        return rebuilds;
    }

    private List<String> rebuild(Table current, Table target, DatabaseSchema from, DatabaseSchema to) {
        return new SqliteRebuild(quote).statements(current, target, temporaryName(target.name().name(), from, to));
    }

    /** Gains a foreign key: nothing checked the existing rows against it. */
    private void foreignKeyChecks(Map<QualifiedName, Change> rebuilds, SqliteCurrentTables current, DatabaseSchema to,
                                  List<PlannedStatement> statements) {
        SqliteGuard guard = new SqliteGuard(quote);
        rebuilds.forEach((name, change) -> {
            Table before = current.table(name).orElseThrow();
            Table after = to.table(name).orElseThrow();
            if (!before.foreignKeys().containsAll(after.foreignKeys())) {
                guard.foreignKeysHold(name.name()).forEach(sql -> statements.add(PlannedStatement.of(sql, change)));
            }
        });
    }

    /** New and changed views, and those the rebuilds dropped, each after the views it reads. */
    private void createViews(ChangeSet changes, List<View> affected, DatabaseSchema to, List<PlannedStatement> out) {
        Map<QualifiedName, Change> byView = new LinkedHashMap<>();
        changes.changes().stream().filter(c -> c instanceof Change.AddView).forEach(c -> byView.put(c.subject(), c));
        affected.forEach(v -> byView.putIfAbsent(v.name(),
                new Change.AddView(to.view(v.name()).orElse(v))));
        List<View> views = byView.values().stream().map(c -> ((Change.AddView) c).view()).toList();
        for (View view : new SqliteViewOrder(views).ordered()) {
            out.add(PlannedStatement.of(new SqliteTableRenderer(quote).createView(view), byView.get(view.name())));
        }
    }

    private static Map<QualifiedName, Integer> lastChangeOfEachTable(List<Change> changes) {
        Map<QualifiedName, Integer> last = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            last.put(tableOf(changes.get(i)), i);
        }
        return last;
    }

    /** The table a change is about, by the name it has once the plan has run. */
    private static QualifiedName tableOf(Change change) {
        return change instanceof Change.RenameTable rename ? rename.to() : change.subject();
    }

    private static boolean isRename(Change change) {
        return change instanceof Change.RenameTable || change instanceof Change.RenameColumn;
    }

    private static List<QualifiedName> rebuiltNames(Set<QualifiedName> rebuilt, SqliteCurrentTables current) {
        List<QualifiedName> names = new ArrayList<>(rebuilt);
        rebuilt.forEach(name -> names.add(current.originalName(name)));
        return names;
    }

    private static Set<QualifiedName> droppedViews(ChangeSet changes) {
        return changes.changes().stream().filter(c -> c instanceof Change.DropView).map(Change::subject)
                .collect(Collectors.toSet());
    }

    /** A name for the rebuild's new table that no table or view of either schema has. */
    private static String temporaryName(String table, DatabaseSchema from, DatabaseSchema to) {
        Set<String> taken = new java.util.HashSet<>();
        for (DatabaseSchema schema : List.of(from, to)) {
            schema.tables().forEach(t -> taken.add(SqliteSqlText.fold(t.name().name())));
            schema.views().forEach(v -> taken.add(SqliteSqlText.fold(v.name().name())));
        }
        String name = "shale_new_" + table;
        for (int n = 2; taken.contains(SqliteSqlText.fold(name)); n++) {
            name = "shale_new_" + table + "_" + n;
        }
        return name;
    }

    private static void refuseComments(DatabaseSchema to) {
        for (Table table : to.tables()) {
            if (table.comment() != null || table.columns().stream().anyMatch(c -> c.comment() != null)) {
                throw SqliteChangeStatements.noComments(table.name());
            }
        }
    }

    /** Triggers are not modelled: a rebuild would drop them with the old table and never create them again. */
    private static void refuseTriggers(DatabaseSchema from, QualifiedName table) {
        List<String> triggers = from.unmanaged().stream()
                .filter(u -> u.kind().equals("trigger") && table.equals(u.table()))
                .map(UnmanagedObject::name).map(QualifiedName::name).toList();
        if (!triggers.isEmpty()) {
            throw ShaleException.usage("the change to table " + table + " needs SQLite's table rebuild, which would drop "
                    + "its triggers " + triggers + " (Shale does not manage triggers yet)",
                    "drop the triggers in a migration of your own, apply this one, then create them again");
        }
    }
}
