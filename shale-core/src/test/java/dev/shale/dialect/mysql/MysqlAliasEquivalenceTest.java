package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.Table;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/** The same table declared with aliases and with canonical spellings inspects to equal models. */
class MysqlAliasEquivalenceTest {

    private static final String WITH_ALIASES = """
            CREATE TABLE t (
              a INTEGER(11) NOT NULL AUTO_INCREMENT,
              b BOOLEAN DEFAULT TRUE,
              c CHARACTER VARYING(20) DEFAULT NULL,
              d DEC(8,2) DEFAULT '1.5',
              e NUMERIC DEFAULT 3,
              f DOUBLE PRECISION,
              g REAL,
              h INT8 UNSIGNED,
              i MIDDLEINT,
              j CHARACTER,
              k NATIONAL VARCHAR(5),
              l LONG VARCHAR,
              m DATETIME DEFAULT NOW(),
              n TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE NOW(),
              o INT4 CHECK (o > 0),
              p JSON,
              q SMALLINT(6) DEFAULT '-2',
              CONSTRAINT pk PRIMARY KEY (a),
              CONSTRAINT u UNIQUE KEY (c),
              INDEX ix (h)
            ) ENGINE=InnoDB CHARACTER SET = utf8mb4""";

    private static final String CANONICAL = """
            CREATE TABLE t (
              a int NOT NULL AUTO_INCREMENT PRIMARY KEY,
              b tinyint(1) DEFAULT 1,
              c varchar(20),
              d decimal(8,2) DEFAULT 1.50,
              e decimal(10,0) DEFAULT 3,
              f double,
              g double,
              h bigint unsigned,
              i mediumint,
              j char(1),
              k varchar(5) CHARACTER SET utf8mb3,
              l mediumtext,
              m datetime DEFAULT current_timestamp(),
              n timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
              o int,
              p longtext COLLATE utf8mb4_bin,
              q smallint DEFAULT -2,
              UNIQUE INDEX u (c),
              KEY ix (h),
              CONSTRAINT o CHECK (o > 0),
              CONSTRAINT p CHECK (json_valid(p))
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci""";

    @OnEachDatabase(TestDialect.MARIADB)
    void aliasesAndCanonicalSpellingsGiveEqualTables(TestDatabase aliased) {
        aliased.execute(WITH_ALIASES);
        try (TestDatabase canonical = TestDatabase.create(TestDialect.MARIADB)) {
            canonical.execute(CANONICAL);
            Table fromAliases = MysqlInspection.inspect(aliased).tables().get(0);
            Table fromCanonical = MysqlInspection.inspect(canonical).tables().get(0);

            assertThat(fromAliases).isEqualTo(fromCanonical);
            assertThat(fromAliases.column("b").orElseThrow().type()).isEqualTo("tinyint(1)");
            assertThat(fromAliases.column("n").orElseThrow().type())
                    .isEqualTo("timestamp on update current_timestamp()");
            assertThat(fromAliases.column("p").orElseThrow().type()).isEqualTo("json");
            assertThat(fromAliases.checks()).extracting("name").containsExactly("o");
        }
    }
}
