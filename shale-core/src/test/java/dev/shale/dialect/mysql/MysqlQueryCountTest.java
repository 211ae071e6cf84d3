package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inspection costs the same number of catalog queries whatever the number of tables. */
class MysqlQueryCountTest {

    @Test
    void inspectingTenOrFiveHundredTablesIssuesTheSameNumberOfQueries() {
        int[] small = new int[1];
        int[] large = new int[1];
        try (TestDatabase ten = TestDatabase.create(TestDialect.MARIADB);
             TestDatabase fiveHundred = TestDatabase.create(TestDialect.MARIADB)) {
            MysqlInspection.apply(ten, schemaOf(10));
            MysqlInspection.apply(fiveHundred, schemaOf(500));

            DatabaseSchema tenTables = MysqlInspection.inspect(ten, small);
            DatabaseSchema manyTables = MysqlInspection.inspect(fiveHundred, large);

            assertThat(tenTables.tables()).hasSize(10);
            assertThat(manyTables.tables()).hasSize(500);
            assertThat(manyTables.tables()).allSatisfy(t -> {
                assertThat(t.columns()).hasSize(3);
                assertThat(t.checks()).hasSize(1);
                assertThat(t.uniques()).hasSize(1);
            });
            assertThat(manyTables.views()).hasSize(2);
            assertThat(manyTables.sequences()).hasSize(2);
            assertThat(large[0]).isEqualTo(small[0]);
            assertThat(small[0]).as("one query per object kind").isEqualTo(9);
        }
    }

    /** n tables, each with a primary key, a unique, a check, an index and a foreign key; views and sequences. */
    private static List<String> schemaOf(int n) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE SEQUENCE s1");
        statements.add("CREATE SEQUENCE s2");
        for (int i = 0; i < n; i++) {
            String parent = i == 0 ? "" : ", CONSTRAINT fk_" + i + " FOREIGN KEY (parent_id) REFERENCES t_0 (id)";
            statements.add("CREATE TABLE t_" + i + " (id INT PRIMARY KEY, parent_id INT, name VARCHAR(20) NOT NULL"
                    + " DEFAULT 'x' CHECK (name <> ''), UNIQUE KEY uq_name (name), KEY ix_parent (parent_id)"
                    + parent + ")");
        }
        statements.add("CREATE VIEW v1 AS SELECT id FROM t_1");
        statements.add("CREATE VIEW v2 AS SELECT id FROM v1");
        return statements;
    }
}
