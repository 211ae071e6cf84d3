package dev.shale.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness itself: every test gets an empty database of its own, and it is dropped afterwards. */
class TestDatabaseTest {

    @OnEachDatabase
    void aFreshDatabaseIsEmptyAndWritable(TestDatabase db) {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)");
        assertThat(db.queryValue("SELECT count(*) FROM t")).isEqualTo("1");
    }

    @Test
    void twoDatabasesOfTheSameDialectAreIsolatedAndDroppedOnClose() {
        for (TestDialect kind : TestDialect.values()) {
            TestDatabase first = TestDatabase.create(kind);
            try (TestDatabase second = TestDatabase.create(kind)) {
                first.execute("CREATE TABLE only_here (id INTEGER)");
                assertThat(second.name()).isNotEqualTo(first.name());
                assertThatThrownBy(() -> second.query("SELECT * FROM only_here")).isInstanceOf(IllegalStateException.class);
            }
            first.close();
            assertThatThrownBy(() -> first.url().connect().createStatement().executeQuery("SELECT * FROM only_here"))
                    .as("%s database must be gone after close", kind)
                    .isInstanceOf(Exception.class);
        }
    }
}
