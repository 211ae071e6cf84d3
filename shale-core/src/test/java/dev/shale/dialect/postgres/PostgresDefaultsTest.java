package dev.shale.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Default expressions as pg_get_expr prints them, reduced to the form that reads back the same. */
class PostgresDefaultsTest {

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
            "'en'::character varying#character varying(5)#'en'",
            "'en'::character varying#character varying#'en'",
            "'en'::text#text#'en'",
            "'it''s'::text#text#'it''s'",
            "'abc'::bpchar#character(3)#'abc'",
            "'-1'::integer#integer#-1",
            "'-12.50'::numeric#numeric(12,2)#-12.50",
            "'3000000000'::bigint#bigint#3000000000",
            "'{}'::integer[]#integer[]#'{}'",
            "'{\"a\": 1}'::jsonb#jsonb#'{\"a\": 1}'",
            "'ok'::public.mood#public.mood#'ok'",
            "'2020-01-01 00:00:00+00'::timestamp with time zone#timestamp(3) with time zone#'2020-01-01 00:00:00+00'",
            "'12'::text#text#'12'",
    })
    void aLiteralCastToTheColumnsOwnTypeLosesTheCast(String catalog, String columnType, String normalised) {
        assertThat(PostgresDefaults.normalise(catalog, columnType)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "{0} on {1} is kept")
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
            "now()#timestamp with time zone",
            "CURRENT_TIMESTAMP#timestamp with time zone",
            "CURRENT_DATE#date",
            "true#boolean",
            "0.5#double precision",
            "-1#integer",
            "'7 days'::interval#timestamp with time zone",
            "('now'::text)::date#date",
            "upper('en'::text)#text",
            "(now() + '7 days'::interval)#timestamp with time zone",
            "'a'::text || 'b'::text#text",
            "nextval('public.t_id_seq'::regclass)#integer",
            "ARRAY[1, 2, 3]#integer[]",
    })
    void expressionsAndCastsToAnotherTypeAreKeptAsTheCatalogPrintsThem(String catalog, String columnType) {
        assertThat(PostgresDefaults.normalise(catalog, columnType)).isEqualTo(catalog);
    }

    @Test
    void noDefaultStaysNone() {
        assertThat(PostgresDefaults.normalise(null, "integer")).isNull();
    }

    @Test
    void aCheckDefinitionLosesItsKeywordAndItsStateButNotItsExpression() {
        assertThat(PostgresConstraintReader.checkExpression("CHECK ((price > (0)::numeric)) NOT VALID"))
                .isEqualTo("(price > (0)::numeric)");
        assertThat(PostgresConstraintReader.checkExpression("CHECK ((a > 0))")).isEqualTo("(a > 0)");
    }
}
