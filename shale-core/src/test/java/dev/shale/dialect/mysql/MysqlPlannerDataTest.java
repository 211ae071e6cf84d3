package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.diff.Change;
import dev.shale.diff.ChangeSet;
import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.plan.Plan;
import dev.shale.plan.PlannedStatement;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import java.util.Map;

/** What the planner's statements do to existing rows, and what its notes say about them. */
class MysqlPlannerDataTest {

    @OnEachDatabase(TestDialect.MARIADB)
    void existingUsersGetTheDefaultsOfAddedColumnsAndTheReversePlanDropsThem(TestDatabase db) {
        String users = "CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(190) NOT NULL UNIQUE)";
        DatabaseSchema before = MysqlPlanRuns.schemaOf(users);
        DatabaseSchema after = MysqlPlanRuns.schemaOf("CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY,"
                + " email VARCHAR(190) NOT NULL UNIQUE, preferredLanguage VARCHAR(10) DEFAULT 'en',"
                + " timezone VARCHAR(50) DEFAULT 'UTC')");
        db.execute(users, "INSERT INTO users (email) VALUES ('a@x.org'), ('b@x.org')");

        MysqlPlanRuns.migrate(db, after);
        assertThat(db.query("SELECT email, preferredLanguage, timezone FROM users ORDER BY id")).containsExactly(
                List.of("a@x.org", "en", "UTC"), List.of("b@x.org", "en", "UTC"));

        Plan down = MysqlPlanRuns.migrate(db, before);
        assertThat(down.sql()).containsExactly("ALTER TABLE `users` DROP COLUMN `preferredLanguage`",
                "ALTER TABLE `users` DROP COLUMN `timezone`");
        assertThat(down.notes()).anyMatch(n -> n.contains("dropping column 'preferredLanguage'") && n.contains("empty"));
        assertThat(db.query("SELECT id, email FROM users ORDER BY id"))
                .containsExactly(List.of("1", "a@x.org"), List.of("2", "b@x.org"));
        assertThat(MysqlInspection.inspect(db)).isEqualTo(before);
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aRenamedColumnKeepsItsValues(TestDatabase db) {
        db.execute("CREATE TABLE `order` (id INT PRIMARY KEY, `prénom` VARCHAR(20))",
                "INSERT INTO `order` VALUES (1, 'Zoé')");
        DatabaseSchema renamed = MysqlPlanRuns.schemaOf("CREATE TABLE `order` (id INT PRIMARY KEY, `select` VARCHAR(20))");

        Plan plan = MysqlPlanRuns.migrate(db, renamed,
                new RenameHints(Map.of(), Map.of(QualifiedName.of("order"), Map.of("prénom", "select"))));

        assertThat(plan.sql()).containsExactly("ALTER TABLE `order` RENAME COLUMN `prénom` TO `select`");
        assertThat(db.queryValue("SELECT `select` FROM `order` WHERE id = 1")).isEqualTo("Zoé");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void makingAColumnNotNullKeepsTheRowsAndSaysItFailsOnNulls(TestDatabase db) {
        db.execute("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10))", "INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        DatabaseSchema strict = MysqlPlanRuns.schemaOf("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) NOT NULL)");

        Plan plan = MysqlPlanRuns.migrate(db, strict);

        assertThat(plan.notes()).anyMatch(n -> n.contains("NOT NULL fails if a row holds NULL"));
        assertThat(db.query("SELECT s FROM t ORDER BY id")).containsExactly(List.of("a"), List.of("b"));
        assertThat(MysqlInspection.inspect(db)).isEqualTo(strict);
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aNarrowedColumnIsRefusedByTheServerWhenAValueDoesNotFitAndTheNoteSaysSo(TestDatabase db) {
        db.execute("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20))", "INSERT INTO t VALUES (1, 'much too long')");
        DatabaseSchema narrow = MysqlPlanRuns.schemaOf("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(5))");

        assertThatThrownBy(() -> MysqlPlanRuns.migrate(db, narrow)).hasMessageContaining("Data truncated");
        DatabaseSchema current = MysqlInspection.inspect(db);
        Plan plan = db.dialect().planner().plan(dev.shale.diff.SchemaDiffer.diff(current, narrow), current, narrow);
        assertThat(plan.notes()).anyMatch(n -> n.contains("varchar(20) to varchar(5)") && n.contains("narrower type fails"));
        assertThat(db.queryValue("SELECT s FROM t")).isEqualTo("much too long");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void anAutoIncrementPrimaryKeyThatMovesIsOneStatementThatSaysWhy(TestDatabase db) {
        db.execute("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL)", "INSERT INTO t (k) VALUES (7)");
        DatabaseSchema target = MysqlPlanRuns.schemaOf(
                "CREATE TABLE t (id INT AUTO_INCREMENT, k INT NOT NULL, PRIMARY KEY (id, k))");

        Plan plan = MysqlPlanRuns.migrate(db, target);

        assertThat(plan.sql()).containsExactly("ALTER TABLE `t` DROP PRIMARY KEY,\n  ADD PRIMARY KEY (`id`, `k`)");
        assertThat(plan.notes()).anyMatch(n -> n.contains("AUTO_INCREMENT column must stay the first column of a key"));
        db.execute("INSERT INTO t (k) VALUES (8)");
        assertThat(db.query("SELECT id, k FROM t ORDER BY id")).containsExactly(List.of("1", "7"), List.of("2", "8"));
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void everyStatementIsLinkedToItsChangeAndMarkedAsCommittingOnItsOwn(TestDatabase db) {
        db.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        DatabaseSchema target = MysqlPlanRuns.schemaOf("CREATE TABLE t (id INT PRIMARY KEY, a INT, INDEX ix_a (a))");

        Plan plan = MysqlPlanRuns.migrate(db, target);

        assertThat(plan.statements()).extracting(s -> s.change().getClass().getSimpleName())
                .containsExactly("AddColumn", "AddIndex");
        assertThat(plan.statements()).noneMatch(PlannedStatement::transactional);
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void namedEnumTypesAreRefusedWithAHint(TestDatabase db) {
        DatabaseSchema empty = MysqlInspection.inspect(db);
        EnumType mood = new EnumType(QualifiedName.of("mood"), List.of("sad", "happy"));
        ChangeSet changes = new ChangeSet(List.of(new Change.AddEnum(mood)));

        assertThatThrownBy(() -> db.dialect().planner().plan(changes, empty, empty))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains("MySQL/MariaDB has no named enum types");
                    assertThat(e.hint()).hasValueSatisfying(h -> assertThat(h).contains("ENUM("));
                });
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aTableIsRenamedBeforeItsForeignKeyIsDroppedUnderTheNewName(TestDatabase db) {
        db.execute("CREATE TABLE p (id INT PRIMARY KEY)",
                "CREATE TABLE c (id INT PRIMARY KEY, pid INT, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id))");
        DatabaseSchema target = MysqlPlanRuns.schemaOf("CREATE TABLE p (id INT PRIMARY KEY)",
                "CREATE TABLE kids (id INT PRIMARY KEY, pid INT, INDEX fk (pid))");

        Plan plan = MysqlPlanRuns.migrate(db, target,
                new RenameHints(Map.of(QualifiedName.of("c"), QualifiedName.of("kids")), Map.of()));

        assertThat(plan.sql()).startsWith("RENAME TABLE `c` TO `kids`", "ALTER TABLE `kids` DROP FOREIGN KEY `fk`");
        assertThat(MysqlInspection.inspect(db)).isEqualTo(target);
    }
}
