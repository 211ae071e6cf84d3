package dev.shale.dialect.postgres;

import static dev.shale.dialect.postgres.PostgresCatalog.inspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/** Inspection reads one schema, a list of schemas, or every user schema. */
class PostgresSchemaFilterTest {

    private static void threeSchemas(TestDatabase db) {
        db.execute("CREATE SCHEMA a", "CREATE SCHEMA \"B\"", "CREATE TABLE public.p (id int)",
                "CREATE TABLE a.t (id int)", "CREATE TABLE \"B\".t (id int)",
                "CREATE TYPE a.e AS ENUM ('x')", "CREATE VIEW \"B\".v AS SELECT 1 AS one");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void oneSchemaReadsOnlyItsObjects(TestDatabase db) {
        threeSchemas(db);
        var schema = inspect(db, "a");

        assertThat(schema.namespaces()).containsExactly("a");
        assertThat(schema.tables()).extracting(Table::name).containsExactly(QualifiedName.of("a", "t"));
        assertThat(schema.enums()).hasSize(1);
        assertThat(schema.views()).isEmpty();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aListOfSchemasReadsThoseSchemas(TestDatabase db) {
        threeSchemas(db);
        var schema = inspect(db, "B", "public");

        assertThat(schema.namespaces()).containsExactly("B", "public");
        assertThat(schema.tables()).extracting(Table::name)
                .containsExactly(QualifiedName.of("B", "t"), QualifiedName.of("public", "p"));
        assertThat(schema.views()).hasSize(1);
        assertThat(schema.enums()).isEmpty();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void noSchemaReadsEveryUserSchemaAndNoSystemSchema(TestDatabase db) {
        threeSchemas(db);
        var schema = inspect(db);

        assertThat(schema.namespaces()).containsExactly("B", "a", "public");
        assertThat(schema.tables()).hasSize(3);
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aMissingSchemaIsAnErrorThatNamesIt(TestDatabase db) {
        threeSchemas(db);

        assertThatThrownBy(() -> inspect(db, "a", "b"))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.getMessage()).contains("schema b does not exist");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.hint()).isPresent();
                });
    }
}
