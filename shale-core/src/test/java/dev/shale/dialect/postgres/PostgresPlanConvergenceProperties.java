package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.plan.Plan;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The planner converges on the real server: random schemas A and B are each rendered into an
 * empty database and inspected (A', B'); the plan of diff(A', B') run on A' in one transaction
 * reads back as B', and the plan back reads back as A' (column order aside, which no ALTER
 * controls). One database serves every try and is emptied between them.
 */
class PostgresPlanConvergenceProperties {
    /** Shared by the tries of this container: a fresh database per try would cost more than the try. */
    private static TestDatabase db;

    @BeforeContainer
    static void createDatabase() {
        db = TestDatabase.create(TestDialect.POSTGRES);
    }

    @AfterContainer
    static void dropDatabase() {
        db.close();
    }

    @Property(tries = 300)
    void planningFromAToBAndBackConvergesOnTheServer(@ForAll("schemas") DatabaseSchema a,
                                                     @ForAll("schemas") DatabaseSchema b) {
        DatabaseSchema inspectedB = applyToEmpty(b);
        DatabaseSchema inspectedA = applyToEmpty(a);

        Plan up = PlanCase.planFor(db, inspectedA, inspectedB, RenameHints.NONE);
        PlanCase.runInOneTransaction(db, up);
        assertThat(comparable(PostgresCatalog.inspect(db))).as("after %s", up.sql()).isEqualTo(comparable(inspectedB));

        Plan down = PlanCase.planFor(db, inspectedB, inspectedA, RenameHints.NONE);
        PlanCase.runInOneTransaction(db, down);
        assertThat(comparable(PostgresCatalog.inspect(db))).as("after %s", down.sql()).isEqualTo(comparable(inspectedA));
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

    private static DatabaseSchema comparable(DatabaseSchema schema) {
        return PlanCase.withColumnsByName(schema);
    }
}
