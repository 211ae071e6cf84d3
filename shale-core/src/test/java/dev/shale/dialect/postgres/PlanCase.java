package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.ChangeSet;
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
import java.util.Comparator;
import java.util.List;

/**
 * One planner case on the real server: schema A is created in a working database and schema
 * B in a second fresh one, both inspected (so the server normalises both sides). {@link #up}
 * plans diff(A, B), runs it in one transaction on the working database and checks that it
 * now reads as B; {@link #down} does the same back to A.
 */
final class PlanCase implements AutoCloseable {
    private final TestDatabase db;
    private final DatabaseSchema a;
    private final DatabaseSchema b;
    private boolean ignoreColumnOrder;

    private PlanCase(TestDatabase db, DatabaseSchema a, DatabaseSchema b) {
        this.db = db;
        this.a = a;
        this.b = b;
    }

    static PlanCase between(List<String> schemaA, List<String> schemaB) {
        TestDatabase db = TestDatabase.create(TestDialect.POSTGRES);
        try (TestDatabase target = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute(schemaA.toArray(String[]::new));
            target.execute(schemaB.toArray(String[]::new));
            return new PlanCase(db, PostgresCatalog.inspect(db), PostgresCatalog.inspect(target));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** For changes that move a column to the end (no ALTER controls column position). */
    PlanCase ignoringColumnOrder() {
        this.ignoreColumnOrder = true;
        return this;
    }

    TestDatabase db() {
        return db;
    }

    DatabaseSchema a() {
        return a;
    }

    DatabaseSchema b() {
        return b;
    }

    Plan up() {
        return up(RenameHints.NONE);
    }

    Plan up(RenameHints hints) {
        return migrate(a, b, hints);
    }

    Plan down() {
        return down(RenameHints.NONE);
    }

    Plan down(RenameHints hints) {
        return migrate(b, a, hints.inverse());
    }

    /** The plan from {@code a} to {@code b}, without running it. */
    Plan plan(RenameHints hints) {
        return planFor(db, a, b, hints);
    }

    private Plan migrate(DatabaseSchema from, DatabaseSchema to, RenameHints hints) {
        Plan plan = planFor(db, from, to, hints);
        runInOneTransaction(db, plan);
        assertThat(comparable(PostgresCatalog.inspect(db))).as("schema after %s", plan.sql())
                .isEqualTo(comparable(to));
        return plan;
    }

    static Plan planFor(TestDatabase db, DatabaseSchema from, DatabaseSchema to, RenameHints hints) {
        ChangeSet changes = SchemaDiffer.diff(from, to, hints);
        return db.dialect().planner().plan(changes, from, to);
    }

    /** As the migration runner does: every statement in one transaction, rolled back on failure. */
    static void runInOneTransaction(TestDatabase db, Plan plan) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (PlannedStatement statement : plan.statements()) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    c.rollback();
                    throw new AssertionError("failed: " + statement.sql() + "\n" + e.getMessage()
                            + "\nplan: " + plan.sql(), e);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DatabaseSchema comparable(DatabaseSchema schema) {
        return ignoreColumnOrder ? withColumnsByName(schema) : schema;
    }

    static DatabaseSchema withColumnsByName(DatabaseSchema s) {
        List<Table> tables = s.tables().stream().map(t -> new Table(t.name(),
                t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(), t.uniques(),
                t.foreignKeys(), t.checks(), t.indexes(), t.comment(), t.options())).toList();
        return new DatabaseSchema(s.dialect(), s.namespaces(), tables, s.views(), s.enums(), s.sequences(), s.unmanaged());
    }

    @Override
    public void close() {
        db.close();
    }
}
