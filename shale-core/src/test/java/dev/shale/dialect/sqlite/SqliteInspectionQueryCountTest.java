package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.ArrayList;
import java.util.List;

class SqliteInspectionQueryCountTest {

    /** Tables with every object kind per table: columns, keys, a unique, a check, a foreign key and two indexes. */
    private static String[] schemaOf(int tables) {
        List<String> statements = new ArrayList<>();
        statements.add("BEGIN");
        for (int i = 0; i < tables; i++) {
            String previous = i == 0 ? "t0" : "t" + (i - 1);
            statements.add("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT UNIQUE,"
                    + " n INT CHECK (n > 0), prev INT REFERENCES " + previous + " (id))");
            statements.add("CREATE INDEX t" + i + "_n ON t" + i + " (n DESC) WHERE n > 1");
            statements.add("CREATE INDEX t" + i + "_code ON t" + i + " (lower(code))");
            statements.add("CREATE VIEW v" + i + " AS SELECT id FROM t" + i);
        }
        statements.add("COMMIT");
        return statements.toArray(String[]::new);
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void inspectingTenOrFiveHundredTablesIssuesTheSameNumberOfQueries(TestDatabase db) {
        db.execute(schemaOf(10));
        int forTen = SqliteSchemas.inspectionQueries(db);
        assertThat(SqliteSchemas.inspect(db).tables()).hasSize(10);

        try (TestDatabase large = TestDatabase.create(TestDialect.SQLITE)) {
            large.execute(schemaOf(500));
            assertThat(SqliteSchemas.inspect(large).tables()).hasSize(500)
                    .allSatisfy(t -> assertThat(t.indexes()).hasSize(2));
            assertThat(SqliteSchemas.inspectionQueries(large)).isEqualTo(forTen);
        }
        assertThat(forTen).isEqualTo(4);
    }
}
