package dev.shale.dialect.mysql;

import dev.shale.diff.Change;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.Table;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.plan.SafePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The safe form of a MySQL / MariaDB plan: a secondary index added to (or dropped from) an
 * existing table says {@code ALGORITHM=INPLACE, LOCK=NONE}, so the server builds it while writes go on, and fails
 * instead of silently copying or locking the table when it cannot. Not for FULLTEXT and
 * SPATIAL indexes or functional key parts (they block writes or add a hidden column), nor on a
 * table with an ON … CASCADE / SET NULL foreign key, where LOCK=NONE is refused. Constraints
 * have no non-blocking form here (MySQL checks every row while blocking writes), so they stay
 * plain, with a note saying so; NOT NULL has its own form, {@link MysqlNotNullForm}.
 */
final class MysqlSafeForms {
    static final String ONLINE = ", ALGORITHM=INPLACE, LOCK=NONE";

    private MysqlSafeForms() {
    }

    static SafePlan of(Plan plain, DatabaseSchema from) {
        List<PlannedStatement> statements = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        List<String> notes = new ArrayList<>(plain.notes());
        for (PlannedStatement statement : plain.statements()) {
            if (statement.change() instanceof Change.AddIndex add && online(add, statement.sql(), from)) {
                statements.add(new PlannedStatement(statement.sql() + ONLINE, add, statement.transactional()));
                safeguards.add("index " + add.index().name() + " on " + add.table()
                        + ": built with ALGORITHM=INPLACE, LOCK=NONE");
            } else if (statement.change() instanceof Change.DropIndex drop && online(drop, statement.sql(), from)) {
                statements.add(new PlannedStatement(statement.sql() + ONLINE, drop, statement.transactional()));
                safeguards.add("index " + drop.index().name() + " on " + drop.table()
                        + ": dropped with ALGORITHM=INPLACE, LOCK=NONE");
            } else {
                statements.add(statement);
            }
            if ((statement.change() instanceof Change.AddCheck || statement.change() instanceof Change.AddForeignKey)
                    && from.table(statement.change().subject()).isPresent()) {
                notes.add("MySQL/MariaDB have no non-blocking form for adding a CHECK or foreign key to "
                        + statement.change().subject() + " (the table is copied while writes wait): "
                        + "the plain form is written; consider an online schema change tool for a large table");
            }
        }
        return new SafePlan(new Plan(statements, notes), List.of(), safeguards, List.of());
    }

    private static boolean online(Change.AddIndex add, String sql, DatabaseSchema from) {
        Index index = add.index();
        boolean plainIndex = !index.method().equals("fulltext") && !index.method().equals("spatial")
                && index.keys().stream().allMatch(k -> k.column() != null);
        boolean singleClause = sql.startsWith("ALTER TABLE ") && !sql.contains(",\n");
        return plainIndex && singleClause && from.table(add.table()).filter(MysqlSafeForms::allowsLockNone).isPresent();
    }

    private static boolean online(Change.DropIndex drop, String sql, DatabaseSchema from) {
        boolean singleClause = sql.startsWith("ALTER TABLE ") && !sql.contains(",\n");
        return singleClause && from.table(drop.table()).filter(MysqlSafeForms::allowsLockNone).isPresent();
    }

    /** https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-limitations.html */
    static boolean allowsLockNone(Table table) {
        return table.foreignKeys().stream().noneMatch(fk -> cascades(fk.onDelete()) || cascades(fk.onUpdate()));
    }

    private static boolean cascades(ForeignKey.Action action) {
        return action == ForeignKey.Action.CASCADE || action == ForeignKey.Action.SET_NULL;
    }
}
