package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.DatabaseUnavailableException;
import dev.shale.dialect.CatalogReader;
import dev.shale.inspect.Inspection;
import dev.shale.inspect.Inspector;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inspection through {@link Inspector} reads the constraints and indexes of a schema of many
 * tables on a second session: the model and the number of queries are the same as on one
 * session, and a second session that cannot be opened leaves the work to the first.
 */
class PostgresTwoSessionInspectionTest {

    @Test
    void twoSessionsReadTheSameModelAsOne() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute(fixture("rich.sql"));
            db.execute(fixture("names.sql"));
            PostgresQueryCountTest.createTables(db, PostgresInspector.SECOND_SESSION_FROM_TABLES);

            Inspection twoSessions = Inspector.inspect(db.url(), List.of());
            PostgresCatalog.Inspection oneSession = PostgresCatalog.inspectCounting(db);

            assertThat(twoSessions.schema()).usingRecursiveComparison().isEqualTo(oneSession.schema());
            assertThat(twoSessions.schema()).isEqualTo(oneSession.schema());
            assertThat(twoSessions.catalogQueries()).isEqualTo(oneSession.queries());
        }
    }

    @Test
    void theNumberOfQueriesOnTwoSessionsDoesNotGrowWithTheSchema() {
        try (TestDatabase small = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase large = TestDatabase.create(TestDialect.POSTGRES)) {
            PostgresQueryCountTest.createTables(small, 10);
            PostgresQueryCountTest.createTables(large, PostgresInspector.SECOND_SESSION_FROM_TABLES + 100);

            Inspection ten = Inspector.inspect(small.url(), List.of());
            Inspection threeHundred = Inspector.inspect(large.url(), List.of());

            assertThat(threeHundred.schema().tables()).hasSize(PostgresInspector.SECOND_SESSION_FROM_TABLES + 100)
                    .allSatisfy(t -> {
                        assertThat(t.indexes()).hasSize(2);
                        assertThat(t.foreignKeys()).hasSize(1);
                    });
            assertThat(threeHundred.catalogQueries()).isEqualTo(ten.catalogQueries()).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void whenNoSecondSessionOpensTheFirstReadsEverything() throws SQLException {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute(fixture("rich.sql"));
            PostgresQueryCountTest.createTables(db, PostgresInspector.SECOND_SESSION_FROM_TABLES);
            PostgresCatalog.Inspection oneSession = PostgresCatalog.inspectCounting(db);

            try (Connection connection = db.connect()) {
                CatalogReader catalog = new CatalogReader(connection, () -> {
                    throw new DatabaseUnavailableException("too many connections", null, null);
                });
                DatabaseSchema schema = db.dialect().inspector().inspect(catalog, List.of());

                assertThat(schema).isEqualTo(oneSession.schema());
                assertThat(catalog.queryCount()).isEqualTo(oneSession.queries());
            }
        }
    }
}
