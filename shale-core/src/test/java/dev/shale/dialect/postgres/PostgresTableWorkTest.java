package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.TableWork;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which statements only create a table or add to one, and which table that is. */
class PostgresTableWorkTest {

    @Test
    void aNewTableIsCreatedWork() {
        assertThat(PostgresTableWork.of("CREATE TABLE orders (id bigint PRIMARY KEY, note text DEFAULT 'a')"))
                .contains(new TableWork("orders", true));
        assertThat(PostgresTableWork.of("-- the orders\n/* v2 */ create table Shop.\"Orders\"(id int)"))
                .contains(new TableWork("shop\0Orders", true));
    }

    @Test
    void wordsThatOnlyContainAnotherTablesKeywordsDoNotCount() {
        assertThat(PostgresTableWork.of("CREATE TABLE likes (id int, selected boolean, reference_id int, "
                + "has_partition text, alias text)")).contains(new TableWork("likes", true));
    }

    @Test
    void namesAreFoldedAsPostgresqlResolvesThem() {
        assertThat(PostgresTableWork.of("CREATE INDEX ON \"orders\" (id)"))
                .isEqualTo(PostgresTableWork.of("ALTER TABLE ORDERS ADD COLUMN x int").map(w -> new TableWork(w.table(), false)));
        assertThat(PostgresTableWork.of("CREATE INDEX ON \"Orders\" (id)").map(TableWork::table)).contains("Orders");
        assertThat(PostgresTableWork.of("CREATE INDEX ON \"a\"\"b\" (id)").map(TableWork::table)).contains("a\"b");
    }

    @Test
    void indexesAndAddedColumnsAreAdditionsToTheirTable() {
        assertThat(PostgresTableWork.of("CREATE UNIQUE INDEX orders_name_idx ON orders USING btree (name)"))
                .contains(new TableWork("orders", false));
        assertThat(PostgresTableWork.of("CREATE INDEX IF NOT EXISTS i ON ONLY public.orders(name)"))
                .contains(new TableWork("public\0orders", false));
        assertThat(PostgresTableWork.of("CREATE INDEX ON orders (name) WHERE name IS NOT NULL"))
                .contains(new TableWork("orders", false));
        assertThat(PostgresTableWork.of("ALTER TABLE orders ADD COLUMN extra varchar(40)"))
                .contains(new TableWork("orders", false));
        assertThat(PostgresTableWork.of("ALTER TABLE orders ADD CONSTRAINT orders_name_key UNIQUE (name)"))
                .contains(new TableWork("orders", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE IF NOT EXISTS orders (id int)",
        "CREATE TABLE orders (id int, customer_id int REFERENCES customers (id))",
        "CREATE TABLE orders (LIKE template INCLUDING ALL)",
        "CREATE TABLE orders (id int) INHERITS (base)",
        "CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM (1) TO (2)",
        "CREATE TABLE orders AS SELECT * FROM old_orders",
        "CREATE TABLE orders (id) AS VALUES (1)",
        "create table orders (id int, customer_id int references customers (id))",
        "create table orders (id) as\n  Table old_orders",
        "CREATE TEMP TABLE orders (id int)",
        "CREATE INDEX CONCURRENTLY ON orders (id)",
        "CREATE INDEX i ON orders (id) TABLESPACE fast",
        "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id)",
        "ALTER TABLE orders ADD COLUMN customer_id int REFERENCES customers",
        "ALTER TABLE orders DROP COLUMN note",
        "ALTER TABLE orders RENAME TO purchases",
        "INSERT INTO orders VALUES (1)",
        "CREATE VIEW v AS SELECT 1",
        "DROP TABLE orders"
    })
    void anythingElseIsNot(String statement) {
        assertThat(PostgresTableWork.of(statement)).isEqualTo(Optional.empty());
    }
}
