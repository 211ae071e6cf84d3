package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.View;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class SqliteDdlRendererTest {

    @OnEachDatabase({TestDialect.SQLITE})
    void aCycleOfForeignKeysIsCreatedInOneGoAndEnforcedAfterwards(TestDatabase db) throws SQLException {
        DatabaseSchema schema;
        try (TestDatabase source = TestDatabase.create(TestDialect.SQLITE)) {
            source.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INT REFERENCES a (id))",
                    "CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INT REFERENCES b (id) DEFERRABLE INITIALLY DEFERRED)");
            schema = SqliteSchemas.inspect(source);
        }
        List<String> statements = SqliteSchemas.render(db, schema);

        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("INSERT INTO b (id, a_id) VALUES (1, NULL)");
            assertThatThrownBy(() -> statement.execute("INSERT INTO b (id, a_id) VALUES (2, 99)"))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
        }
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(schema);
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void viewsComeAfterTheViewsTheyReadWhateverTheirNames(TestDatabase db) {
        DatabaseSchema schema = new DatabaseSchema("sqlite", List.of(), List.of(), List.of(
                new View(QualifiedName.of("a_top"), "SELECT * FROM \"m_middle\"", false, null),
                new View(QualifiedName.of("m_middle"), "SELECT x FROM \"z_base\"", false, null),
                new View(QualifiedName.of("z_base"), "SELECT 1 AS x", false, null)), List.of(), List.of(), List.of());

        List<String> statements = SqliteSchemas.render(db, schema);

        assertThat(statements).containsExactly("CREATE VIEW \"z_base\" AS SELECT 1 AS x",
                "CREATE VIEW \"m_middle\" AS SELECT x FROM \"z_base\"", "CREATE VIEW \"a_top\" AS SELECT * FROM \"m_middle\"");
        db.execute(statements.toArray(String[]::new));
        assertThat(db.queryValue("SELECT count(*) FROM a_top")).isEqualTo("1");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void statementsHaveNoTrailingSemicolonAndQuoteEveryIdentifier(TestDatabase db) {
        db.execute("CREATE TABLE \"we\"\"ird\" (\"sel\"\"ect\" INT, x INT CHECK (x > 0))",
                "CREATE INDEX \"i\"\"x\" ON \"we\"\"ird\" (\"sel\"\"ect\")");

        List<String> statements = SqliteSchemas.render(db, SqliteSchemas.inspect(db));

        assertThat(statements).containsExactly(
                "CREATE TABLE \"we\"\"ird\" (\n    \"sel\"\"ect\" INT,\n    \"x\" INT,\n    CHECK (\"x\" > 0)\n)",
                "CREATE INDEX \"i\"\"x\" ON \"we\"\"ird\" (\"sel\"\"ect\")");
    }
}
