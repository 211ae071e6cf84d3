package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.QualifiedName;
import dev.shale.model.UnmanagedObject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/** Procedures, functions, triggers and events are listed as not managed, never dropped silently. */
class MysqlUnmanagedObjectsTest {

    @OnEachDatabase(TestDialect.MARIADB)
    void routinesTriggersAndEventsAreListedAsUnmanaged(TestDatabase db) {
        db.execute("CREATE TABLE audit (id INT PRIMARY KEY, n INT)",
                "CREATE PROCEDURE `Bump Count`(IN x INT) BEGIN UPDATE audit SET n = n + x; END",
                "CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2",
                "CREATE TRIGGER audit_bi BEFORE INSERT ON audit FOR EACH ROW SET NEW.n = coalesce(NEW.n, 0)",
                "CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM audit");

        assertThat(MysqlInspection.inspect(db).unmanaged()).containsExactly(
                new UnmanagedObject("event", QualifiedName.of("nightly"), null),
                new UnmanagedObject("function", QualifiedName.of("twice"), null),
                new UnmanagedObject("procedure", QualifiedName.of("Bump Count"), null),
                new UnmanagedObject("trigger", QualifiedName.of("audit_bi"), QualifiedName.of("audit")));
    }
}
