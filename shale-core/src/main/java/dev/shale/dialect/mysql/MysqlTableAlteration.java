package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.dialect.mysql.MysqlAlterClause.Step;
import dev.shale.model.Column;
import dev.shale.model.Table;
import dev.shale.plan.PlannedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The ALTER TABLE statements that carry out the changes of one existing table: one statement
 * per change, so that review and lint see each change, in {@link Step} order. Where the
 * server refuses the changes one by one, the key and column clauses go into one statement:
 * <ul>
 *   <li>an AUTO_INCREMENT column must be the first column of a key at every moment
 *       (error 1075), so dropping its key, moving it, or adding the attribute happens together
 *       with the key that keeps it keyed;</li>
 *   <li>an index that a kept foreign key needs cannot be dropped (error 1553) unless the same
 *       statement adds another that serves it.</li>
 * </ul>
 */
final class MysqlTableAlteration {
    private final UnaryOperator<String> quote;
    private final Table target;
    private final List<Change> changes;

    /**
     * @param target  the table as the plan leaves it (renames applied)
     * @param changes the table's column, key, index, check, option and comment changes
     */
    MysqlTableAlteration(UnaryOperator<String> quote, Table target, List<Change> changes) {
        this.quote = quote;
        this.target = target;
        this.changes = List.copyOf(changes);
    }

    /**
     * @param keptForeignKeys the foreign keys that exist before and after the plan, on any
     *                        table, each with the table it belongs to
     */
    List<PlannedStatement> statements(List<MysqlKeptForeignKey> keptForeignKeys, List<String> notes) {
        List<MysqlAlterClause> clauses = clauses();
        String prefix = "ALTER TABLE " + quote.apply(target.name().name()) + " ";
        List<PlannedStatement> out = new ArrayList<>();
        String reason = fusionReason(keptForeignKeys);
        if (reason == null) {
            clauses.forEach(c -> out.add(new PlannedStatement(prefix + c.sql(), c.change(), false)));
            return out;
        }
        List<MysqlAlterClause> separate = clauses.stream()
                .filter(c -> c.step().compareTo(Step.DROP_KEYS) < 0).toList();
        List<MysqlAlterClause> fused = clauses.stream()
                .filter(c -> c.step().compareTo(Step.DROP_KEYS) >= 0).toList();
        separate.forEach(c -> out.add(new PlannedStatement(prefix + c.sql(), c.change(), false)));
        String sql = prefix + fused.stream().map(MysqlAlterClause::sql).collect(Collectors.joining(",\n  "));
        out.add(new PlannedStatement(sql, fused.get(0).change(), false));
        notes.add("table '" + target.name() + "': " + fused.size() + " changes run as one ALTER TABLE because " + reason
                + " (the statement is linked to the first of them: " + describe(fused.get(0).change()) + ")");
        return out;
    }

    private List<MysqlAlterClause> clauses() {
        Set<String> added = changes.stream().filter(c -> c instanceof Change.AddColumn)
                .map(c -> ((Change.AddColumn) c).column().name()).collect(Collectors.toSet());
        MysqlAlterClauses writer = new MysqlAlterClauses(quote, target, added);
        List<MysqlAlterClause> clauses = new ArrayList<>();
        changes.forEach(c -> clauses.addAll(c.accept(writer)));
        // stable: changes keep the differ's order inside a step (ADD COLUMN in target column order)
        clauses.sort(Comparator.comparing(MysqlAlterClause::step));
        return clauses;
    }

    /** Why the key and column clauses must run as one statement, or null when they need not. */
    private String fusionReason(List<MysqlKeptForeignKey> keptForeignKeys) {
        List<List<String>> droppedKeys = droppedKeys();
        boolean identityAdded = changes.stream().anyMatch(c -> c instanceof Change.AddColumn a && a.column().identity() != null
                || c instanceof Change.AlterColumn m && m.to().identity() != null && m.from().identity() == null);
        boolean identityUnkeyed = droppedKeys.stream().anyMatch(k -> hadIdentity(k.get(0)));
        if (identityAdded || identityUnkeyed) {
            return "an AUTO_INCREMENT column must stay the first column of a key (error 1075)";
        }
        boolean needed = droppedKeys.stream().anyMatch(key -> keptForeignKeys.stream()
                .anyMatch(fk -> fk.needs(target.name(), key)));
        if (needed) {
            return "a kept foreign key needs the index that is replaced (error 1553)";
        }
        return null;
    }

    private List<List<String>> droppedKeys() {
        List<List<String>> keys = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.DropPrimaryKey d) {
                keys.add(d.primaryKey().columns());
            } else if (change instanceof Change.DropUnique d) {
                keys.add(d.unique().columns());
            } else if (change instanceof Change.DropIndex d && d.index().keys().get(0).column() != null) {
                keys.add(d.index().keys().stream().map(k -> k.column() == null ? "" : k.column()).toList());
            }
        }
        return keys;
    }

    /** Whether the column is AUTO_INCREMENT before this table's changes run. */
    private boolean hadIdentity(String column) {
        for (Change change : changes) {
            if (change instanceof Change.AlterColumn a && a.to().name().equals(column)) {
                return a.from().identity() != null;
            }
            if (change instanceof Change.DropColumn d && d.column().name().equals(column)) {
                return d.column().identity() != null;
            }
        }
        return target.column(column).map(Column::identity).isPresent();
    }

    private static String describe(Change change) {
        return change.getClass().getSimpleName();
    }
}
