package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.apply;
import static dev.shale.dialect.postgres.PostgresCatalog.fixture;
import static dev.shale.dialect.postgres.PostgresCatalog.inspect;
import static dev.shale.dialect.postgres.PostgresCatalog.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rich fixture, applied to a fresh database, inspected, rendered and applied to another
 * fresh database, reads back as the same model and dumps as the same schema.
 */
class PostgresRoundTripTest {

    @Test
    void aRichSchemaRenderedAndAppliedToAnEmptyDatabaseReadsBackEqual() {
        try (TestDatabase original = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase copy = TestDatabase.create(TestDialect.POSTGRES)) {
            original.execute(fixture("rich.sql"));
            DatabaseSchema schema = inspect(original);
            assertThat(schema.tables()).hasSize(7);
            assertThat(schema.views()).hasSize(5);

            apply(copy, render(original, schema));

            DatabaseSchema copied = inspect(copy);
            // The recursive comparison names the first differing field; isEqualTo is the contract.
            assertThat(copied).usingRecursiveComparison().isEqualTo(schema);
            assertThat(copied).isEqualTo(schema);
            assertThat(PgDump.normalised(copy)).isEqualTo(PgDump.normalised(original));
        }
    }

    @Test
    void renderingTheReadBackSchemaGivesTheSameStatements() {
        try (TestDatabase original = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase copy = TestDatabase.create(TestDialect.POSTGRES)) {
            original.execute(fixture("rich.sql"));
            List<String> first = render(original, inspect(original));
            apply(copy, first);

            assertThat(render(copy, inspect(copy))).containsExactlyElementsOf(first);
        }
    }

    @Test
    void viewsAreCreatedAfterTheViewsTheySelectFrom() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute(fixture("rich.sql"));
            List<String> statements = render(db, inspect(db));

            assertThat(indexOfCreate(statements, "VIEW \"public\".\"active_users\""))
                    .isLessThan(indexOfCreate(statements, "VIEW \"Sales\".\"Active English\""));
            assertThat(indexOfCreate(statements, "MATERIALIZED VIEW \"public\".\"order_totals\""))
                    .isLessThan(indexOfCreate(statements, "VIEW \"public\".\"big_spenders\""));
            assertThat(statements).noneMatch(s -> s.endsWith(";"));
        }
    }

    @Test
    void anEmptySecondSchemaIsRenderedSoThatItExistsAgain() {
        try (TestDatabase original = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase copy = TestDatabase.create(TestDialect.POSTGRES)) {
            original.execute("CREATE SCHEMA \"Empty Room\"", "CREATE TABLE public.t (id int)");
            DatabaseSchema schema = inspect(original);
            apply(copy, render(original, schema));

            assertThat(inspect(copy).namespaces()).containsExactly("Empty Room", "public");
            assertThat(inspect(copy).table(QualifiedName.of("public", "t"))).isPresent();
        }
    }

    private static int indexOfCreate(List<String> statements, String what) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith("CREATE " + what + " AS")) {
                return i;
            }
        }
        throw new AssertionError("no CREATE " + what + " in " + statements);
    }
}
