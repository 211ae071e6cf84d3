package dev.shale.dialect.sqlite;

import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Table;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Test helpers for planning on SQLite: schemas read from a real database, plans run as a migration would. */
final class SqlitePlanRuns {
    private SqlitePlanRuns() {
    }

    /** The schema SQLite makes of these statements, read from a fresh database of its own. */
    static DatabaseSchema schemaOf(String... statements) {
        try (TestDatabase db = TestDatabase.create(TestDialect.SQLITE)) {
            db.execute(statements);
            return SqliteSchemas.inspect(db);
        }
    }

    static Plan plan(TestDatabase db, DatabaseSchema from, DatabaseSchema to, RenameHints hints) {
        return db.dialect().planner().plan(SchemaDiffer.diff(from, to, hints), from, to);
    }

    /** Plans from what the database holds to {@code to}, runs the plan, and returns it. */
    static Plan migrate(TestDatabase db, DatabaseSchema to, RenameHints hints) {
        Plan plan = plan(db, SqliteSchemas.inspect(db), to, hints);
        run(db, plan);
        return plan;
    }

    /** Runs a plan in one transaction on one connection, as Shale's migrations run. */
    static void run(TestDatabase db, Plan plan) {
        try (Connection connection = db.connect()) {
            run(connection, plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Connection connection, Plan plan) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (PlannedStatement planned : plan.statements()) {
                statement.execute(planned.sql());
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The schema with each table's columns in name order: ADD COLUMN appends, so position is not compared. */
    static DatabaseSchema comparable(DatabaseSchema s) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            tables.add(new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                    t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options()));
        }
        return new DatabaseSchema(s.dialect(), s.namespaces(), tables, s.views(), s.enums(), s.sequences(), s.unmanaged());
    }
}
