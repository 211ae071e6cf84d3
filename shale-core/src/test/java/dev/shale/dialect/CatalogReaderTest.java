package dev.shale.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.DatabaseUnavailableException;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Work beside a reader: on a session of its own when one opens, else on the reader itself. */
class CatalogReaderTest {
    private static final String BACKEND = "SELECT pg_backend_pid()";

    @Test
    void workBesideRunsOnAnotherSessionAndItsQueriesCountWithTheReaders() throws SQLException {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES); Connection connection = db.connect()) {
            CatalogReader catalog = new CatalogReader(connection, db::connect);

            CatalogReader.Pending<Integer> beside = catalog.beside(reader -> pid(reader));
            int own = pid(catalog);

            assertThat(beside.get()).isNotEqualTo(own);
            assertThat(catalog.queryCount()).isEqualTo(2);
        }
    }

    @Test
    void withoutASecondSessionTheWorkRunsOnTheReaderItself() throws SQLException {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES); Connection connection = db.connect()) {
            CatalogReader borrowed = new CatalogReader(connection);
            CatalogReader refused = new CatalogReader(connection, () -> {
                throw new DatabaseUnavailableException("too many connections", null, null);
            });
            int own = pid(borrowed);

            assertThat(borrowed.beside(CatalogReaderTest::pid).get()).isEqualTo(own);
            assertThat(refused.beside(CatalogReaderTest::pid).get()).isEqualTo(own);
        }
    }

    @Test
    void aFailureBesideIsThrownByGet() throws SQLException {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES); Connection connection = db.connect()) {
            CatalogReader catalog = new CatalogReader(connection, db::connect);

            CatalogReader.Pending<Object> beside =
                    catalog.beside(reader -> reader.query("SELECT * FROM no_such_table", row -> 1));

            assertThatThrownBy(beside::get).isInstanceOf(SQLException.class).hasMessageContaining("no_such_table");
        }
    }

    private static int pid(CatalogReader reader) throws SQLException {
        return reader.query(BACKEND, row -> row.getInt(1)).get(0);
    }
}
