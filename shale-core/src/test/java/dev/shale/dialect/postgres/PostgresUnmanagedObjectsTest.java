package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.inspect;
import static dev.shale.dialect.postgres.PostgresCatalog.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.model.UnmanagedObject;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/** Objects the model does not cover are listed as unmanaged, never dropped silently. */
class PostgresUnmanagedObjectsTest {

    @OnEachDatabase(TestDialect.POSTGRES)
    void functionsTriggersPoliciesRulesAndOtherTypesAreListed(TestDatabase db) {
        db.execute("""
                CREATE TABLE t (id int, n int);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
                CREATE FUNCTION add(a text, b text) RETURNS text LANGUAGE sql AS 'SELECT a || b';
                CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
                CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON t USING (id > 0);
                CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
                CREATE DOMAIN positive AS int CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b int);
                CREATE TYPE floatrange AS RANGE (subtype = float8);
                CREATE TABLE events (at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                """);
        DatabaseSchema schema = inspect(db);
        QualifiedName t = QualifiedName.of("public", "t");

        assertThat(schema.unmanaged()).containsExactlyInAnyOrder(
                new UnmanagedObject("function", name("touch()"), null),
                new UnmanagedObject("function", name("add(a integer, b integer)"), null),
                new UnmanagedObject("function", name("add(a text, b text)"), null),
                new UnmanagedObject("procedure", name("noop()"), null),
                new UnmanagedObject("trigger", name("t_touch"), t),
                new UnmanagedObject("policy", name("own_rows"), t),
                new UnmanagedObject("rule", name("no_delete"), t),
                new UnmanagedObject("domain", name("positive"), null),
                new UnmanagedObject("composite type", name("pair"), null),
                new UnmanagedObject("range type", name("floatrange"), null),
                new UnmanagedObject("partitioned table", name("events"), null),
                new UnmanagedObject("partition", name("events_2026"), null));
        assertThat(schema.tables()).extracting(table -> table.name().name()).containsExactly("t");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void anExtensionIsListedButNotTheObjectsItCreated(TestDatabase db) {
        assumeTrue(db.queryValue("SELECT count(*) FROM pg_available_extensions WHERE name = 'citext'").equals("1"),
                "the citext extension is not available on this server");
        db.execute("CREATE EXTENSION citext", "CREATE TABLE people (email citext)");
        DatabaseSchema schema = inspect(db);

        assertThat(schema.unmanaged()).containsExactly(new UnmanagedObject("extension", name("citext"), null));
        assertThat(schema.tables()).singleElement()
                .satisfies(table -> assertThat(table.columns().get(0).type()).isEqualTo("public.citext"));
        assertThat(render(db, schema)).noneMatch(sql -> sql.contains("FUNCTION"));
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void anIndexUsingAnExtensionsOperatorClassNamesItWithItsSchema(TestDatabase db) {
        assumeTrue(db.queryValue("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'").equals("1"),
                "the pg_trgm extension is not available on this server");
        db.execute("CREATE EXTENSION pg_trgm", "CREATE TABLE people (name text)",
                "CREATE INDEX people_name_trgm ON people USING gin (name gin_trgm_ops)");
        DatabaseSchema schema = inspect(db);

        assertThat(schema.unmanaged()).containsExactly(new UnmanagedObject("extension", name("pg_trgm"), null));
        assertThat(render(db, schema)).contains(
                "CREATE INDEX \"people_name_trgm\" ON \"public\".\"people\" USING \"gin\" (\"name\" public.gin_trgm_ops)");
    }

    private static QualifiedName name(String name) {
        return QualifiedName.of("public", name);
    }
}
