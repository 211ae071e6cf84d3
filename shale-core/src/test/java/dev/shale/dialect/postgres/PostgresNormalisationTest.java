package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.inspect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import org.junit.jupiter.api.Test;

/** The same table declared with aliases and with canonical spellings reads back as equal models. */
class PostgresNormalisationTest {

    private static final String WITH_ALIASES = """
            CREATE TYPE Mood AS ENUM ('sad', 'ok');
            CREATE TABLE Account (
                ID int4 PRIMARY KEY,
                Small int2 DEFAULT '7',
                Big int8 DEFAULT 10,
                Name varchar(20) DEFAULT 'en'::varchar,
                Code char(2) DEFAULT 'ab',
                Flag bool DEFAULT 't',
                Ratio float8 DEFAULT '0.5',
                Weight float4,
                Price decimal(10, 2) DEFAULT '-3.5',
                Seen timestamptz DEFAULT CURRENT_TIMESTAMP,
                Local timestamp(3),
                Tags _text DEFAULT '{}'::text[],
                Nums int4[],
                Feel mood DEFAULT 'ok'::mood,
                CONSTRAINT positive CHECK (price >= 0::numeric)
            )""";

    private static final String CANONICAL = """
            CREATE TYPE public.mood AS ENUM ('sad', 'ok');
            CREATE TABLE public.account (
                id integer NOT NULL,
                small smallint DEFAULT 7,
                big bigint DEFAULT 10,
                name character varying(20) DEFAULT 'en',
                code character(2) DEFAULT 'ab'::bpchar,
                flag boolean DEFAULT true,
                ratio double precision DEFAULT 0.5,
                weight real,
                price numeric(10,2) DEFAULT -3.5,
                seen timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
                local timestamp(3) without time zone,
                tags text[] DEFAULT '{}',
                nums integer[],
                feel public.mood DEFAULT 'ok',
                CONSTRAINT positive CHECK ((price >= (0)::numeric)),
                CONSTRAINT account_pkey PRIMARY KEY (id)
            )""";

    @Test
    void aliasesAndCanonicalSpellingsGiveEqualModels() {
        try (TestDatabase aliased = TestDatabase.create(TestDialect.POSTGRES);
             TestDatabase canonical = TestDatabase.create(TestDialect.POSTGRES)) {
            aliased.execute(WITH_ALIASES);
            canonical.execute(CANONICAL);

            DatabaseSchema schema = inspect(aliased);
            assertThat(schema).isEqualTo(inspect(canonical));
            assertThat(schema.tables().get(0).columns())
                    .extracting(c -> c.type() + " " + c.defaultValue())
                    .containsExactly("integer null", "smallint 7", "bigint 10", "character varying(20) 'en'",
                            "character(2) 'ab'", "boolean true", "double precision 0.5", "real null",
                            "numeric(10,2) -3.5", "timestamp with time zone CURRENT_TIMESTAMP",
                            "timestamp(3) without time zone null", "text[] '{}'", "integer[] null",
                            "public.mood 'ok'");
        }
    }

    @Test
    void unquotedNamesAreReadFoldedToLowerCaseAndQuotedNamesExactly() {
        try (TestDatabase db = TestDatabase.create(TestDialect.POSTGRES)) {
            db.execute("CREATE TABLE Mixed (Plain int, \"Quoted\" int)");

            assertThat(inspect(db).tables()).singleElement().satisfies(table -> {
                assertThat(table.name().name()).isEqualTo("mixed");
                assertThat(table.columns()).extracting(c -> c.name()).containsExactly("plain", "Quoted");
            });
        }
    }
}
