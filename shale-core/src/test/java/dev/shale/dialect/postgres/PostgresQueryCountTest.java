package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import org.junit.jupiter.api.Test;

/** Inspection costs the same number of catalog queries whatever the number of tables. */
class PostgresQueryCountTest {

    /**
     * {@code count} tables of 10 columns, a primary key, 2 indexes and a foreign key each,
     * 250 to a transaction so that the lock table does not overflow.
     */
    static void createTables(TestDatabase db, int count) {
        for (int first = 1; first <= count; first += 250) {
            createTables(db, first, Math.min(count, first + 249));
        }
    }

    private static void createTables(TestDatabase db, int first, int last) {
        db.execute("""
                DO $$
                BEGIN
                  FOR i IN %d..%d LOOP
                    EXECUTE format('CREATE TABLE %%I (id int PRIMARY KEY, parent int REFERENCES %%I (id),
                        c1 text, c2 text, c3 int, c4 int, c5 numeric(10,2), c6 boolean DEFAULT false,
                        c7 timestamptz DEFAULT now(), c8 jsonb)', 't' || i, 't' || greatest(i - 1, 1));
                    EXECUTE format('CREATE INDEX ON %%I (c1)', 't' || i);
                    EXECUTE format('CREATE INDEX ON %%I (c3, c4 DESC)', 't' || i);
                  END LOOP;
                END $$""".formatted(first, last));
    }

    @Test
    void inspectingTenOrFiveHundredTablesIssuesTheSameNumberOfQueries() {
        try (TestDatabase small = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase large = TestDatabase.create(TestDialect.POSTGRES)) {
            createTables(small, 10);
            createTables(large, 500);

            PostgresCatalog.Inspection ten = PostgresCatalog.inspectCounting(small);
            PostgresCatalog.Inspection fiveHundred = PostgresCatalog.inspectCounting(large);

            assertThat(ten.schema().tables()).hasSize(10);
            assertThat(fiveHundred.schema().tables()).hasSize(500);
            assertThat(fiveHundred.schema().tables()).allSatisfy(t -> {
                assertThat(t.columns()).hasSize(10);
                assertThat(t.indexes()).hasSize(2);
                assertThat(t.foreignKeys()).hasSize(1);
            });
            assertThat(fiveHundred.queries()).isEqualTo(ten.queries()).isLessThanOrEqualTo(12);
        }
    }
}
