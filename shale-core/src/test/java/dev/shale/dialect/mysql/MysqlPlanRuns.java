package dev.shale.dialect.mysql;

import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.Plan;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test helpers for the planner: schemas normalised by the real server, and plans run on a database. */
final class MysqlPlanRuns {
    private MysqlPlanRuns() {
    }

    /** The schema that {@code sql} creates, as the server reports it (in a database of its own, dropped after). */
    static DatabaseSchema schemaOf(String... sql) {
        try (TestDatabase db = TestDatabase.create(TestDialect.MARIADB)) {
            run(db, List.of(sql));
            return MysqlInspection.inspect(db);
        }
    }

    /** Plans the change from what {@code db} holds to {@code target}, runs it, and returns the plan. */
    static Plan migrate(TestDatabase db, DatabaseSchema target, RenameHints hints) {
        DatabaseSchema current = MysqlInspection.inspect(db);
        Plan plan = db.dialect().planner().plan(SchemaDiffer.diff(current, target, hints), current, target);
        run(db, plan.sql());
        return plan;
    }

    static Plan migrate(TestDatabase db, DatabaseSchema target) {
        return migrate(db, target, RenameHints.NONE);
    }

    /** Runs statements on one connection; a failure names the statement that failed. */
    static void run(TestDatabase db, List<String> statements) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException("statement failed: " + e.getMessage() + "\n  " + sql
                            + "\n  in: " + String.join(";\n      ", statements), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
