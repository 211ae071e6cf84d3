package dev.shale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.Shale;
import dev.shale.model.DatabaseSchema;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    private static void createShop(TestDatabase db) {
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE, name VARCHAR(100))",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), "
                        + "total DECIMAL(10,2) DEFAULT 0)",
                "CREATE INDEX orders_total_idx ON orders (total)",
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100");
    }

    private static DatabaseSchema inspect(TestDatabase db) {
        return Shale.configure().url(db.urlString()).load().inspect(List.of()).schema();
    }

    @OnEachDatabase
    void sqlOutputRebuildsTheSameSchemaOnAnEmptyDatabase(TestDatabase db) throws Exception {
        createShop(db);
        CliRun run = CliRun.run(dir, "inspect", "--url", db.urlString(), "--format", "sql", "--output", "schema.sql");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 tables, 1 view in ", "catalog queries");
        String sql = Files.readString(dir.resolve("schema.sql"));
        assertThat(sql).startsWith("-- Schema of ").contains("orders_total_idx");

        try (TestDatabase copy = TestDatabase.create(db.kind())) {
            for (String statement : sql.split(";\n")) {
                String body = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    copy.execute(body);
                }
            }
            assertThat(inspect(copy)).isEqualTo(inspect(db));
        }
    }

    @OnEachDatabase
    void textOutputSummarisesEachTableAndTheFilterKeepsOnlyTheNamedOnes(TestDatabase db) {
        createShop(db);
        CliRun run = CliRun.run(dir, "inspect", "--url", db.urlString(), "--table", "orders");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Table ", "orders", "customer_id", "orders_total_idx", "foreign key")
                .doesNotContain("Table customers", "email");
    }

    @OnEachDatabase
    void jsonOutputIsTheModel(TestDatabase db) {
        createShop(db);
        CliRun run = CliRun.run(dir, "inspect", "--url", db.urlString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"tables\"", "\"customers\"", "\"foreignKeys\"", "\"views\"");
    }

    @OnEachDatabase
    void shalesOwnHistoryTableIsLeftOut(TestDatabase db) throws Exception {
        createShop(db);
        Files.createDirectories(dir.resolve("migrations"));
        assertThat(CliRun.run(dir, "migrate", "--url", db.urlString()).exitCode()).isZero();
        assertThat(db.query("SELECT count(*) FROM shale_history")).isNotNull();
        CliRun run = CliRun.run(dir, "inspect", "--url", db.urlString());
        assertThat(run.out()).contains("customers").doesNotContain("shale_history");
    }
}
