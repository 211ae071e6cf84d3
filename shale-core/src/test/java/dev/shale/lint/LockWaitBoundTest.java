package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.dialect.SafetyFacts;
import dev.shale.diff.Change;
import dev.shale.model.Column;
import dev.shale.model.QualifiedName;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * DS901's premise on the real servers: an ALTER of a table another session is reading waits for
 * its lock (PostgreSQL ACCESS EXCLUSIVE, MariaDB's exclusive metadata lock), and the statement the
 * dialect reads as a lock wait bound really ends that wait.
 */
class LockWaitBoundTest {

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void anAlterWaitsBehindAReaderUntilTheBoundTheDialectReads(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        boolean pg = db.kind() == TestDialect.POSTGRES;
        String bound = pg ? "SET lock_timeout = '1s'" : "SET SESSION lock_wait_timeout = 1";
        SafetyFacts facts = db.dialect().safety();
        QualifiedName t = pg ? QualifiedName.of("public", "t") : QualifiedName.of("t");
        assertThat(facts.queuesTrafficWhileWaiting(new Change.AddColumn(t, Column.of("n", "integer", true)))).isTrue();
        assertThat(facts.lockWaitBound(bound)).contains(Duration.ofSeconds(1));

        try (Connection reader = db.connect(); Connection migrator = db.connect()) {
            reader.setAutoCommit(false);
            try (Statement read = reader.createStatement(); Statement alter = migrator.createStatement()) {
                read.executeQuery("SELECT * FROM t").close();
                alter.execute(bound);
                long start = System.nanoTime();
                assertThatThrownBy(() -> alter.execute("ALTER TABLE t ADD COLUMN n INTEGER"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(
                                db.dialect().migrations().isLockTimeout(e)).as(e.getMessage()).isTrue());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            } finally {
                reader.rollback();
            }
        }
    }
}
