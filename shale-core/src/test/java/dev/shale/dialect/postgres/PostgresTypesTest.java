package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every alias of a PostgreSQL type is spelled the way format_type() spells the type. */
class PostgresTypesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "int4|integer", "int|integer", "INTEGER|integer", "int2|smallint", "int8|bigint",
            "float4|real", "float8|double precision", "float|double precision", "float(24)|real",
            "float(25)|double precision", "bool|boolean", "varchar|character varying",
            "varchar(10)|character varying(10)", "VARCHAR( 10 )|character varying(10)",
            "character varying(10)|character varying(10)", "char|character(1)", "char(3)|character(3)",
            "bpchar|bpchar", "decimal(10,2)|numeric(10,2)", "decimal(10, 2)|numeric(10,2)", "numeric|numeric",
            "timestamptz|timestamp with time zone", "timestamptz(3)|timestamp(3) with time zone",
            "timestamp|timestamp without time zone", "timestamp(6)|timestamp(6) without time zone",
            "timestamp with time zone|timestamp with time zone", "time|time without time zone",
            "timetz|time with time zone", "varbit(8)|bit varying(8)", "int4[]|integer[]", "_int4|integer[]",
            "varchar(5)[]|character varying(5)[]", "int[][]|integer[]", "int[3]|integer[]",
            "text|text", "jsonb|jsonb", "uuid|uuid", "interval|interval", "double  precision|double precision"
    })
    void anAliasIsSpelledLikeTheCatalog(String alias, String canonical) {
        assertThat(PostgresTypes.canonical(alias)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} is kept")
    @CsvSource(delimiter = '|', value = {"public.mood", "\"Sales\".\"Status\"", "\"char\"", "public.mood[]"})
    void userTypesAndQuotedNamesAreKeptAsTheyAre(String type) {
        assertThat(PostgresTypes.canonical(type)).isEqualTo(type);
    }
}
