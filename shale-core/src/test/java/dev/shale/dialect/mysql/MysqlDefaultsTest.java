package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MariaDB's and MySQL 8's COLUMN_DEFAULT spellings of the same default normalise to one form. */
class MysqlDefaultsTest {

    @ParameterizedTest(name = "{0} on {1} (MariaDB: {2} / MySQL 8: {3} {4}) is {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "<null>", value = {
            // what | type | MariaDB COLUMN_DEFAULT | MySQL 8 COLUMN_DEFAULT | MySQL 8 EXTRA | canonical
            "string | varchar(10) | 'abc' | abc | | 'abc'",
            "quote in string | varchar(10) | 'it''s' | it's | | 'it''s'",
            "backslash in string | varchar(10) | 'a\\\\b' | a\\b | | 'a\\\\b'",
            "empty string | varchar(10) | '' | \"\" | | ''",
            "numeric text in a string column | varchar(10) | '5' | 5 | | '5'",
            "negative integer | int | -3 | -3 | | -3",
            "decimal | decimal(5,2) | -1.50 | -1.50 | | -1.50",
            "enum value | enum('a','b') | 'a' | a | | 'a'",
            "date | date | '2000-01-01' | 2000-01-01 | | '2000-01-01'",
            "bit literal | bit(3) | b'101' | b'101' | | b'101'",
            "current timestamp | timestamp | current_timestamp() | CURRENT_TIMESTAMP | DEFAULT_GENERATED | current_timestamp()",
            "current timestamp(3) | datetime(3) | current_timestamp(3) | CURRENT_TIMESTAMP(3) | DEFAULT_GENERATED | current_timestamp(3)",
            "function expression | char(36) | uuid() | uuid() | DEFAULT_GENERATED | (uuid())",
            "arithmetic expression | int | (1 + 2) | (1 + 2) | DEFAULT_GENERATED | (1 + 2)",
    })
    void bothServersSpellingsGiveTheSameDefault(String what, String type, String mariadb, String mysql,
                                                String mysqlExtra, String canonical) {
        assertThat(MysqlDefaults.normalise(mariadb, "", type, true)).as("MariaDB").isEqualTo(canonical);
        assertThat(MysqlDefaults.normalise(mysql, mysqlExtra == null ? "" : mysqlExtra, type, false))
                .as("MySQL 8").isEqualTo(canonical);
    }

    @Test
    void anExplicitNullDefaultIsTheSameAsNoDefault() {
        assertThat(MysqlDefaults.normalise("NULL", "", "varchar(5)", true)).isNull();
        assertThat(MysqlDefaults.normalise(null, "", "varchar(5)", true)).isNull();
        assertThat(MysqlDefaults.normalise(null, "", "varchar(5)", false)).isNull();
    }

    @Test
    void theStringNullIsAQuotedLiteralNotAMissingDefault() {
        assertThat(MysqlDefaults.normalise("'NULL'", "", "varchar(5)", true)).isEqualTo("'NULL'");
        assertThat(MysqlDefaults.normalise("NULL", "", "varchar(5)", false)).isEqualTo("'NULL'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NOW()", "now()", "CURRENT_TIMESTAMP", "current_timestamp(0)", "LOCALTIMESTAMP",
            "localtime()"})
    void everySpellingOfNowIsCurrentTimestamp(String spelling) {
        assertThat(MysqlDefaults.normalise(spelling, "DEFAULT_GENERATED", "datetime", false))
                .isEqualTo("current_timestamp()");
        assertThat(MysqlDefaults.currentTimestamp(spelling)).isEqualTo("current_timestamp()");
    }

    @Test
    void nowOnAStringColumnIsJustText() {
        assertThat(MysqlDefaults.normalise("CURRENT_TIMESTAMP", "", "varchar(20)", false))
                .isEqualTo("'CURRENT_TIMESTAMP'");
    }
}
