package dev.shale.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.Dialects;
import dev.shale.migrate.files.SqlSection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<SqlStatement> split(String dialect, String sql) {
        return new StatementSplitter(Dialects.byId(dialect).migrations().splitterRules())
                .split(new SqlSection(Path.of("m.sql"), 10, sql));
    }

    private static List<String> texts(String dialect, String sql) {
        return split(dialect, sql).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void semicolonsInQuotesAndCommentsDoNotSplit() {
        assertThat(texts("postgresql", "INSERT INTO t VALUES ('a;''b'); -- c;d\nSELECT \"x;y\" FROM t /* ; */;"))
                .containsExactly("INSERT INTO t VALUES ('a;''b')", "SELECT \"x;y\" FROM t /* ; */");
    }

    @Test
    void statementsCarryTheFileLineWhereTheyStart() {
        assertThat(split("sqlite", "-- intro\nCREATE TABLE a (id INTEGER);\n\n  SELECT 1;"))
                .extracting(SqlStatement::line).containsExactly(11, 13);
    }

    @Test
    void postgresDollarQuotedBodiesStayWhole() {
        String function = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql";
        assertThat(texts("postgresql", function + ";\nSELECT $$a;b$$;"))
                .containsExactly(function, "SELECT $$a;b$$");
    }

    @Test
    void postgresNestedBlockCommentsAndEscapeStrings() {
        assertThat(texts("postgresql", "/* a /* b; */ c; */ SELECT E'it\\'s;';SELECT 2"))
                .containsExactly("/* a /* b; */ c; */ SELECT E'it\\'s;'", "SELECT 2");
    }

    @Test
    void mysqlDelimiterCommandAndBackslashEscapes() {
        String sql = "SELECT 'a\\';b';\nDELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\n"
                + "DELIMITER ;\n# comment;\nSELECT `x;y`;";
        assertThat(texts("mysql", sql)).containsExactly("SELECT 'a\\';b'",
                "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "SELECT `x;y`");
    }

    @Test
    void mysqlProcedureBodiesWithoutDelimiterFollowBeginEnd() {
        String procedure = "CREATE PROCEDURE p() BEGIN IF (1 > 0) THEN SELECT IF(1, 2, 3); END IF; "
                + "DROP TABLE IF EXISTS t; END";
        assertThat(texts("mysql", procedure + ";\nSELECT 1;")).containsExactly(procedure, "SELECT 1");
    }

    @Test
    void mysqlBackfillAndGuardProceduresStayWhole() {
        String backfill = "CREATE PROCEDURE `shale_backfill_t_c`()\nBEGIN\n  REPEAT\n    UPDATE `t` SET `c` = DEFAULT "
                + "WHERE `c` IS NULL LIMIT 1000;\n  UNTIL ROW_COUNT() = 0 END REPEAT;\nEND";
        String guard = "CREATE PROCEDURE `shale_check_t_c`()\nBEGIN\n  DECLARE missing INT;\n  SELECT EXISTS (SELECT 1 "
                + "FROM `t` WHERE `c` IS NULL) INTO missing;\n  IF missing THEN\n    SIGNAL SQLSTATE '45000' SET "
                + "MESSAGE_TEXT = 'rows hold NULL; fill them';\n  END IF;\nEND";
        assertThat(texts("mysql", "DROP PROCEDURE IF EXISTS `p`;\n" + backfill + ";\nCALL `p`();\n" + guard + ";\n"))
                .containsExactly("DROP PROCEDURE IF EXISTS `p`", backfill, "CALL `p`()", guard);
    }

    @Test
    void sqliteTriggerBodiesStayWhole() {
        String trigger = "CREATE TRIGGER IF NOT EXISTS tr AFTER INSERT ON a BEGIN UPDATE a SET n = CASE WHEN n > 0 "
                + "THEN 1 ELSE 0 END; INSERT INTO log VALUES (1); END";
        assertThat(texts("sqlite", trigger + ";\nSELECT [a;b] FROM a;")).containsExactly(trigger, "SELECT [a;b] FROM a");
    }

    @Test
    void aLastStatementWithoutDelimiterAndEmptyStatementsAreHandled() {
        assertThat(texts("sqlite", ";;\n-- only a comment;\nSELECT 1")).containsExactly("SELECT 1");
    }
}
