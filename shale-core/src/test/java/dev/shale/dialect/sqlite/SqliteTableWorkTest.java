package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.TableWork;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which SQLite statements only create a table or add to one, and which table that is. */
class SqliteTableWorkTest {

    @Test
    void aNewTableIsCreatedWork() {
        assertThat(SqliteTableWork.of("CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT DEFAULT 'a')"))
                .contains(new TableWork("orders", true));
        assertThat(SqliteTableWork.of("-- the orders\n/* v2 */ create table [Orders](id int) WITHOUT ROWID"))
                .contains(new TableWork("orders", true));
    }

    @Test
    void namesCompareWithoutQuotesAndCaseAsSqliteComparesThem() {
        assertThat(SqliteTableWork.of("CREATE INDEX i ON \"ORDERS\" (id)")).contains(new TableWork("orders", false));
        assertThat(SqliteTableWork.of("ALTER TABLE `Orders` ADD COLUMN x int")).contains(new TableWork("orders", false));
        assertThat(SqliteTableWork.of("CREATE INDEX i ON \"a\"\"b\" (id)").map(TableWork::table)).contains("a\"b");
    }

    @Test
    void indexesAndAddedColumnsAreAdditionsToTheirTable() {
        assertThat(SqliteTableWork.of("CREATE UNIQUE INDEX IF NOT EXISTS orders_name ON orders (name) WHERE name IS NOT NULL"))
                .contains(new TableWork("orders", false));
        assertThat(SqliteTableWork.of("ALTER TABLE orders ADD extra TEXT")).contains(new TableWork("orders", false));
        // The index's schema is the table's.
        assertThat(SqliteTableWork.of("CREATE INDEX aux.i ON orders (id)")).contains(new TableWork("aux\0orders", false));
        assertThat(SqliteTableWork.of("CREATE TABLE aux.orders (id int)")).contains(new TableWork("aux\0orders", true));
    }

    @Test
    void wordsThatOnlyContainAnotherTablesKeywordsDoNotCount() {
        assertThat(SqliteTableWork.of("CREATE TABLE selections (id int, foreigner text, referenced_at int)"))
                .contains(new TableWork("selections", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE IF NOT EXISTS orders (id int)",
        "CREATE TEMP TABLE orders (id int)",
        "CREATE TABLE orders AS SELECT * FROM old_orders",
        "CREATE TABLE orders (id int, customer_id int REFERENCES customers (id))",
        "create table orders (id int, foreign key (id) references customers (id))",
        "ALTER TABLE orders ADD COLUMN customer_id int REFERENCES customers",
        "ALTER TABLE orders RENAME TO purchases",
        "ALTER TABLE orders DROP COLUMN note",
        "CREATE VIEW v AS SELECT 1",
        "CREATE TRIGGER t AFTER INSERT ON orders BEGIN SELECT 1; END",
        "INSERT INTO orders VALUES (1)",
        "DROP TABLE orders",
        "PRAGMA foreign_keys = ON"
    })
    void anythingElseIsNot(String statement) {
        assertThat(SqliteTableWork.of(statement)).isEqualTo(Optional.empty());
    }
}
