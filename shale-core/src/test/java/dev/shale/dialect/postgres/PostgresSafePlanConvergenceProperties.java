package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.ChangeSet;
import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.plan.SafePlan;
import dev.shale.plan.Stage;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The safe plan converges like the plain one: random schemas A and B are rendered and
 * inspected (A', B'); the safe plan of diff(A', B'), run stage after stage as the migrations
 * {@code generate} writes (the main one in a transaction, the later ones statement by
 * statement), reads back as B' (column order aside); their down sections, run in reverse
 * order, read back as A'.
 */
class PostgresSafePlanConvergenceProperties {
    private static TestDatabase db;

    @BeforeContainer
    static void createDatabase() {
        db = TestDatabase.create(TestDialect.POSTGRES);
    }

    @AfterContainer
    static void dropDatabase() {
        db.close();
    }

    @Property(tries = 100)
    void theSafePlanFromAToBAndItsDownSectionsConvergeOnTheServer(@ForAll("schemas") DatabaseSchema a,
                                                 @ForAll("schemas") DatabaseSchema b) throws SQLException {
        DatabaseSchema inspectedB = applyToEmpty(b);
        DatabaseSchema inspectedA = applyToEmpty(a);

        ChangeSet changes = SchemaDiffer.diff(inspectedA, inspectedB, RenameHints.NONE);
        SafePlan safe = db.dialect().planner().safePlan(changes, inspectedA, inspectedB);
        for (Stage stage : Stage.values()) {
            run(stage, safe.statements(stage));
        }
        assertThat(PlanCase.withColumnsByName(PostgresCatalog.inspect(db))).as("after %s", safe.up().sql())
                .isEqualTo(PlanCase.withColumnsByName(inspectedB));

        Plan reverse = db.dialect().planner().plan(SchemaDiffer.diff(inspectedB, inspectedA, RenameHints.NONE),
                inspectedB, inspectedA);
        List<Stage> backwards = new ArrayList<>(List.of(Stage.values()));
        Collections.reverse(backwards);
        for (Stage stage : backwards) {
            run(stage, stage == Stage.MAIN ? safe.mainDown(reverse) : safe.undo(stage));
        }
        assertThat(PlanCase.withColumnsByName(PostgresCatalog.inspect(db))).as("after the down sections of %s",
                safe.up().sql()).isEqualTo(PlanCase.withColumnsByName(inspectedA));
    }

    /** As the runner does: the main migration in one transaction, the later ones statement by statement. */
    private static void run(Stage stage, List<PlannedStatement> statements) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(stage.committedPerStatement());
            for (PlannedStatement statement : statements) {
                s.execute(statement.sql());
            }
            if (!stage.committedPerStatement()) {
                c.commit();
            }
        }
    }

    @Provide
    Arbitrary<DatabaseSchema> schemas() {
        return Arbitraries.longs().map(seed -> new RandomPostgresSchemas(seed).schema());
    }

    private static DatabaseSchema applyToEmpty(DatabaseSchema schema) {
        db.execute("DROP SCHEMA IF EXISTS public CASCADE", "DROP SCHEMA IF EXISTS \"" + RandomPostgresSchemas.OTHER_SCHEMA
                + "\" CASCADE", "CREATE SCHEMA public");
        PostgresCatalog.apply(db, db.dialect().ddl().createStatements(schema));
        return PostgresCatalog.inspect(db);
    }
}
