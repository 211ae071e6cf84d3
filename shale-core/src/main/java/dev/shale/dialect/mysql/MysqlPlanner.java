package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.dialect.SchemaPlanner;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.View;
import dev.shale.plan.ExpandContract;
import dev.shale.plan.Plan;
import dev.shale.plan.SafePlan;
import dev.shale.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans a change set on MySQL 8 / MariaDB 10.6+. The differ's order is kept, except that the
 * changes to each existing table's columns, keys, indexes, checks, options and comment are
 * gathered into that table's {@link MysqlTableAlteration}, which runs after every rename,
 * sequence, new table and dropped table, and before sequences are dropped and foreign keys
 * and views are added. Every statement is marked non-transactional: MySQL commits implicitly
 * before and after each DDL statement
 * (https://dev.mysql.com/doc/refman/8.0/en/implicit-commit.html).
 */
public final class MysqlPlanner implements SchemaPlanner {
    private static final Set<Class<? extends Change>> TABLE_CLAUSES = Set.of(Change.AddColumn.class,
            Change.DropColumn.class, Change.AlterColumn.class, Change.AddPrimaryKey.class, Change.DropPrimaryKey.class,
            Change.AddUnique.class, Change.DropUnique.class, Change.AddCheck.class, Change.DropCheck.class,
            Change.AddIndex.class, Change.DropIndex.class, Change.SetTableComment.class, Change.SetTableOptions.class);

    /**
     * Statements that may need the altered tables' new columns and keys. Dropped tables go
     * before the alterations (the differ places them after): their foreign keys would
     * otherwise still hold the keys of the tables they reference (error 150 on DROP PRIMARY KEY).
     */
    private static final Set<Class<? extends Change>> AFTER_ALTERATIONS = Set.of(
            Change.DropSequence.class, Change.AddForeignKey.class, Change.AddView.class);

    private final UnaryOperator<String> quote;

    /** @param quote the dialect's identifier quoting */
    public MysqlPlanner(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    @Override
    public Plan plan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        changes.changes().stream().filter(c -> c instanceof Change.AddEnum || c instanceof Change.DropEnum
                || c instanceof Change.AddEnumValues).findFirst().ifPresent(c -> {
                    throw MysqlStatementWriter.noEnumTypes(c);
                });
        MysqlStatementWriter writer = new MysqlStatementWriter(quote);
        List<PlannedStatement> statements = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean altered = false;
        for (Change change : viewsInDependencyOrder(changes.changes())) {
            if (TABLE_CLAUSES.contains(change.getClass())) {
                continue;
            }
            if (!altered && AFTER_ALTERATIONS.contains(change.getClass())) {
                statements.addAll(alterTables(changes, to, notes));
                altered = true;
            }
            statements.add(new PlannedStatement(change.accept(writer), change, false));
        }
        if (!altered) {
            statements.addAll(alterTables(changes, to, notes));
        }
        return new Plan(statements, notes(changes, statements, notes));
    }

    /**
     * Puts created views after the views they select from, and dropped views before them. The
     * differ orders views by a word match that a view named like a keyword ({@code select})
     * can fool; the server writes every name in a definition quoted, which
     * {@link MysqlViewOrder} relies on.
     */
    private List<Change> viewsInDependencyOrder(List<Change> changes) {
        MysqlViewOrder order = new MysqlViewOrder(quote);
        List<View> created = order.order(changes.stream().filter(c -> c instanceof Change.AddView)
                .map(c -> ((Change.AddView) c).view()).toList());
        List<View> dropped = new ArrayList<>(order.order(changes.stream().filter(c -> c instanceof Change.DropView)
                .map(c -> ((Change.DropView) c).view()).toList()));
        Collections.reverse(dropped);
        Iterator<View> nextCreated = created.iterator();
        Iterator<View> nextDropped = dropped.iterator();
        return changes.stream().map(c -> c instanceof Change.AddView ? new Change.AddView(nextCreated.next())
                : c instanceof Change.DropView ? new Change.DropView(nextDropped.next()) : c).toList();
    }

    private List<PlannedStatement> alterTables(ChangeSet changes, DatabaseSchema to, List<String> notes) {
        Map<QualifiedName, List<Change>> byTable = new LinkedHashMap<>();
        changes.changes().stream().filter(c -> TABLE_CLAUSES.contains(c.getClass()))
                .forEach(c -> byTable.computeIfAbsent(c.subject(), t -> new ArrayList<>()).add(c));
        List<MysqlKeptForeignKey> kept = keptForeignKeys(changes, to);
        MysqlForeignKeyGuard guard = new MysqlForeignKeyGuard(quote, kept, changes.changes());
        List<MysqlKeptForeignKey> stayingKeys = kept.stream().filter(fk -> !guard.guards(fk)).toList();
        List<PlannedStatement> out = new ArrayList<>(guard.drops(notes));
        byTable.forEach((name, tableChanges) -> {
            Table target = to.table(name).orElseThrow(() -> new IllegalStateException("no table " + name + " in the target"));
            out.addAll(new MysqlTableAlteration(quote, target, tableChanges).statements(stayingKeys, notes));
        });
        out.addAll(guard.restores());
        return out;
    }

    /** The foreign keys of the target that the plan does not add: they exist while the tables are altered. */
    private static List<MysqlKeptForeignKey> keptForeignKeys(ChangeSet changes, DatabaseSchema to) {
        Set<MysqlKeptForeignKey> added = new java.util.HashSet<>();
        changes.changes().stream().filter(c -> c instanceof Change.AddForeignKey).map(c -> (Change.AddForeignKey) c)
                .forEach(c -> added.add(new MysqlKeptForeignKey(c.table(), c.foreignKey())));
        List<MysqlKeptForeignKey> kept = new ArrayList<>();
        for (Table table : to.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                MysqlKeptForeignKey key = new MysqlKeptForeignKey(table.name(), fk);
                if (!added.contains(key)) {
                    kept.add(key);
                }
            }
        }
        return kept;
    }

    /** See {@link MysqlExpandContract}. */
    @Override
    public Optional<ExpandContract> expandContract(Change.RenameColumn rename, DatabaseSchema from) {
        return Optional.of(new MysqlExpandContract(quote).plan(rename, from));
    }

    /** See {@link MysqlSafeForms} and {@link MysqlNotNullForm}. */
    @Override
    public SafePlan safePlan(ChangeSet changes, DatabaseSchema from, DatabaseSchema to) {
        MysqlNotNullForm notNull = new MysqlNotNullForm(quote, from, to);
        return notNull.finish(changes, MysqlSafeForms.of(plan(notNull.relax(changes), from, to), from));
    }

    private static List<String> notes(ChangeSet changes, List<PlannedStatement> statements, List<String> planned) {
        List<String> notes = new ArrayList<>();
        MysqlPlanNotes writer = new MysqlPlanNotes();
        changes.changes().forEach(c -> {
            String note = c.accept(writer);
            if (note != null) {
                notes.add(note);
            }
        });
        notes.addAll(planned);
        if (statements.size() > 1) {
            notes.add("MySQL/MariaDB commit each DDL statement on its own: if a statement fails, the ones before it"
                    + " stay applied, and the migration must be completed or reverted by hand");
        }
        return notes;
    }
}
