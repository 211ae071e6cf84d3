package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.plan.Plan;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per kind of change: schema A is created on MariaDB, the plan of diff(A, B) runs on
 * it, and the result, inspected, equals B created from scratch in another database (both
 * normalised by the server). The plan of diff(B, A) then takes it back to A.
 */
class MysqlPlannerCasesTest {

    /** @param sqlShows a fragment the up plan's SQL must contain (the form chosen), or null */
    record Case(String name, List<String> a, List<String> b, RenameHints hints, String sqlShows) {
        Case(String name, List<String> a, List<String> b) {
            this(name, a, b, RenameHints.NONE, null);
        }

        Case shows(String fragment) {
            return new Case(name, a, b, hints, fragment);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a new table with keys, indexes, checks and a comment is created",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY)"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY)",
                                "CREATE TABLE `order` (id INT AUTO_INCREMENT PRIMARY KEY, `select` VARCHAR(20) NOT NULL,"
                                        + " `prénom` VARCHAR(40) DEFAULT 'x', body TEXT, CONSTRAINT uq_sel UNIQUE (`select`),"
                                        + " INDEX ix_p (`prénom`(10) DESC), FULLTEXT INDEX ft_body (body),"
                                        + " CONSTRAINT ck_sel CHECK (`select` <> '')) COMMENT 'orders'")),
                new Case("a table is dropped",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY)", "CREATE TABLE gone (id INT, n VARCHAR(5))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY)")),
                new Case("a reserved-word table is renamed with a hint",
                        List.of("CREATE TABLE `order` (id INT PRIMARY KEY, n INT, INDEX ix_n (n))"),
                        List.of("CREATE TABLE `select` (id INT PRIMARY KEY, n INT, INDEX ix_n (n))"),
                        new RenameHints(Map.of(QualifiedName.of("order"), QualifiedName.of("select")), Map.of()), null)
                        .shows("RENAME TABLE `order` TO `select`"),
                new Case("columns are added in their target position",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, z INT)"),
                        List.of("CREATE TABLE t (a0 INT, id INT PRIMARY KEY, `prénom` VARCHAR(20) NOT NULL DEFAULT 'n',"
                                + " `select` INT, z INT, last DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3))"))
                        .shows("AFTER `id`"),
                new Case("a column is dropped",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, old VARCHAR(5), keep INT, INDEX ix_old (old))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, keep INT)")),
                new Case("a column is renamed with a hint",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, `prénom` VARCHAR(20), INDEX ix (`prénom`))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, `first name` VARCHAR(20), INDEX ix (`first name`))"),
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("t"), Map.of("prénom", "first name"))), null)
                        .shows("RENAME COLUMN `prénom` TO `first name`"),
                new Case("types are widened and narrowed",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, n INT, s VARCHAR(10), d DECIMAL(8,2))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, n BIGINT UNSIGNED, s VARCHAR(50), d DECIMAL(12,4))")),
                new Case("a default-only change uses SET DEFAULT",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) DEFAULT 'a', n INT, u CHAR(36))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) DEFAULT 'it''s', n INT DEFAULT 3,"
                                + " u CHAR(36) DEFAULT (uuid()))"))
                        .shows("ALTER COLUMN `s` SET DEFAULT 'it''s'"),
                new Case("nullability, comment and collation of a column change",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10), c VARCHAR(10))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) NOT NULL COMMENT 'it''s s',"
                                + " c VARCHAR(10) COLLATE utf8mb4_bin)")),
                new Case("an enum column gets a value",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, mood ENUM('sad','ok') NOT NULL DEFAULT 'ok')"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, mood ENUM('sad','ok','happy') NOT NULL DEFAULT 'ok')")),
                new Case("a view over a changed column is recreated",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, n INT)", "CREATE VIEW v AS SELECT id, n FROM t",
                                "CREATE VIEW `select` AS SELECT n FROM v"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, n BIGINT)", "CREATE VIEW v AS SELECT id, n FROM t",
                                "CREATE VIEW `select` AS SELECT n FROM v")),
                new Case("a self-referencing foreign key is added to an existing table",
                        List.of("CREATE TABLE node (id INT PRIMARY KEY, parent INT)"),
                        List.of("CREATE TABLE node (id INT PRIMARY KEY, parent INT,"
                                + " CONSTRAINT fk_parent FOREIGN KEY (parent) REFERENCES node (id) ON DELETE CASCADE)")),
                new Case("new tables with a cycle of foreign keys are created",
                        List.of(),
                        List.of("CREATE TABLE a (id INT PRIMARY KEY, b_id INT)", "CREATE TABLE b (id INT PRIMARY KEY, a_id INT)",
                                "ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id)",
                                "ALTER TABLE b ADD CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a (id)")),
                new Case("the index a kept foreign key uses is replaced by a unique constraint",
                        List.of("CREATE TABLE p (id INT PRIMARY KEY)",
                                "CREATE TABLE c (id INT PRIMARY KEY, pid INT, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id))"),
                        List.of("CREATE TABLE p (id INT PRIMARY KEY)",
                                "CREATE TABLE c (id INT PRIMARY KEY, pid INT, CONSTRAINT u_pid UNIQUE (pid),"
                                        + " CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id))")),
                new Case("the columns of a foreign key change type on both sides",
                        List.of("CREATE TABLE p (id INT PRIMARY KEY)",
                                "CREATE TABLE c (id INT PRIMARY KEY, pid INT, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id))"),
                        List.of("CREATE TABLE p (id BIGINT PRIMARY KEY)",
                                "CREATE TABLE c (id INT PRIMARY KEY, pid BIGINT, CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id))")),
                new Case("an AUTO_INCREMENT primary key gets a second column",
                        List.of("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL)"),
                        List.of("CREATE TABLE t (id INT AUTO_INCREMENT, k INT NOT NULL, PRIMARY KEY (id, k))")),
                new Case("AUTO_INCREMENT and the primary key go away together",
                        List.of("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT)"),
                        List.of("CREATE TABLE t (id INT NOT NULL, k INT)")),
                new Case("an AUTO_INCREMENT column is added with its primary key",
                        List.of("CREATE TABLE t (k INT)"),
                        List.of("CREATE TABLE t (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, k INT)")),
                new Case("unique constraints, checks and indexes of every kind change",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(50), b INT, body TEXT,"
                                + " CONSTRAINT u_a UNIQUE (a), INDEX ix_b (b), CONSTRAINT ck CHECK (b > 0))"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(50), b INT, body TEXT,"
                                + " CONSTRAINT u_ab UNIQUE (a, b), INDEX ix_b (b DESC), INDEX ix_a (a(5)),"
                                + " FULLTEXT INDEX ft (body), CONSTRAINT ck CHECK (b > 1), CONSTRAINT `order` CHECK (a <> ''))")),
                new Case("table comment, engine and collation change",
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10), e VARCHAR(10) COLLATE ascii_bin)"
                                + " ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"),
                        List.of("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10), e VARCHAR(10) COLLATE ascii_bin)"
                                + " ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci COMMENT='it''s t'")),
                new Case("sequences are created, altered and dropped",
                        List.of("CREATE SEQUENCE s1 START WITH 1 INCREMENT BY 1", "CREATE SEQUENCE s2"),
                        List.of("CREATE SEQUENCE s1 START WITH 10 INCREMENT BY 5 MAXVALUE 1000 CYCLE",
                                "CREATE SEQUENCE s3 START WITH 7",
                                "CREATE TABLE t (id INT PRIMARY KEY, n BIGINT DEFAULT (NEXTVAL(s3)))")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePlanTurnsATargetAndTheReversePlanTurnsItBack(Case c) {
        DatabaseSchema a = MysqlPlanRuns.schemaOf(c.a().toArray(String[]::new));
        DatabaseSchema b = MysqlPlanRuns.schemaOf(c.b().toArray(String[]::new));
        try (TestDatabase db = TestDatabase.create(TestDialect.MARIADB)) {
            MysqlPlanRuns.run(db, c.a());
            Plan up = MysqlPlanRuns.migrate(db, b, c.hints());
            assertThat(up.isEmpty()).isFalse();
            assertThat(MysqlInspection.inspect(db)).isEqualTo(b);
            if (c.sqlShows() != null) {
                assertThat(String.join("\n", up.sql())).contains(c.sqlShows());
            }
            MysqlPlanRuns.migrate(db, a, c.hints().inverse());
            assertThat(MysqlInspection.inspect(db)).isEqualTo(a);
        }
    }
}
