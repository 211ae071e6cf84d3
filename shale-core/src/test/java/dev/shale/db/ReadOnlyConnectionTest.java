package dev.shale.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.DatabaseUnavailableException;
import dev.shale.dialect.Dialects;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only session is enforced by the server: writes through it fail and change nothing. */
class ReadOnlyConnectionTest {

    @OnEachDatabase
    void writesThroughAReadOnlySessionAreRefusedByTheServer(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)", "INSERT INTO t VALUES (1)");
        try (Connection connection = db.url().connectReadOnly(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("INSERT INTO t VALUES (2)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("CREATE TABLE u (id INTEGER)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("DROP TABLE t")).isInstanceOf(SQLException.class);
        }
        assertThat(db.queryValue("SELECT count(*) FROM t")).isEqualTo("1");
    }

    @Test
    void aMissingSqliteFileIsReportedAndNotCreated(@TempDir Path dir) {
        Path file = dir.resolve("absent.db");
        assertThatThrownBy(() -> Dialects.parseUrl("sqlite:" + file, dir).connectReadOnly())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("the SQLite database file " + file + " does not exist");
        assertThat(file).doesNotExist();
    }
}
