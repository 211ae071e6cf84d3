package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every alias and catalog spelling of a type has one canonical form. */
class MysqlTypesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "INTEGER | int",
            "INT4 | int",
            "int(11) | int",
            "INT(10) UNSIGNED | int unsigned",
            "integer unsigned | int unsigned",
            "int signed | int",
            "INT1 | tinyint",
            "tinyint(4) | tinyint",
            "INT2 | smallint",
            "smallint(6) | smallint",
            "MIDDLEINT | mediumint",
            "INT3 | mediumint",
            "INT8 | bigint",
            "bigint(20) unsigned | bigint unsigned",
            "BOOL | tinyint(1)",
            "BOOLEAN | tinyint(1)",
            "tinyint(1) | tinyint(1)",
            "int(5) unsigned zerofill | int(5) unsigned zerofill",
            "INT(5) ZEROFILL | int(5) unsigned zerofill",
            "DEC(5,2) | decimal(5,2)",
            "NUMERIC(12, 3) | decimal(12,3)",
            "FIXED(4,1) | decimal(4,1)",
            "decimal | decimal(10,0)",
            "DECIMAL(7) | decimal(7,0)",
            "CHARACTER VARYING(10) | varchar(10)",
            "CHAR VARYING(10) | varchar(10)",
            "NATIONAL VARCHAR(10) | varchar(10)",
            "NVARCHAR(10) | varchar(10)",
            "CHARACTER(3) | char(3)",
            "NCHAR(3) | char(3)",
            "char | char(1)",
            "binary | binary(1)",
            "bit | bit(1)",
            "DOUBLE PRECISION | double",
            "REAL | double",
            "FLOAT8 | double",
            "FLOAT4 | float",
            "LONG VARCHAR | mediumtext",
            "LONG | mediumtext",
            "LONG VARBINARY | mediumblob",
            "VARCHAR(255) | varchar(255)",
            "timestamp(3) | timestamp(3)",
            "  Double   Precision  | double",
    })
    void aliasesAndDisplayWidthsResolveToTheCanonicalType(String declared, String canonical) {
        assertThat(MysqlTypes.canonical(declared)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ENUM('Small','Big''s') | enum('Small','Big''s')",
            "set('A','b') | set('A','b')",
            "enum('x)','y') | enum('x)','y')",
    })
    void enumAndSetValuesKeepTheirCaseAndQuoting(String declared, String canonical) {
        assertThat(MysqlTypes.canonical(declared)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"int", "int unsigned", "tinyint(1)", "decimal(10,2)", "varchar(10)",
            "int(5) unsigned zerofill", "enum('a','b')"})
    void theCanonicalFormIsAFixedPoint(String canonical) {
        assertThat(MysqlTypes.canonical(canonical)).isEqualTo(canonical);
    }
}
