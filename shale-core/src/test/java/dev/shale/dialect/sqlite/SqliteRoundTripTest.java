package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;

class SqliteRoundTripTest {

    @OnEachDatabase({TestDialect.SQLITE})
    void theRichFixtureRenderedAndAppliedToAnEmptyDatabaseGivesAnEqualModel(TestDatabase db) {
        db.execute(SqliteSchemas.fixture("rich.sql"));
        DatabaseSchema original = SqliteSchemas.inspect(db);
        List<String> statements = SqliteSchemas.render(db, original);

        DatabaseSchema copy;
        try (TestDatabase empty = TestDatabase.create(TestDialect.SQLITE)) {
            empty.execute(statements.toArray(String[]::new));
            copy = SqliteSchemas.inspect(empty);
        }

        assertThat(copy.tables()).isEqualTo(original.tables());
        assertThat(copy.views()).isEqualTo(original.views());
        // Triggers are not modelled, so not rendered: the copy has everything else.
        assertThat(copy).isEqualTo(new DatabaseSchema(original.dialect(), original.namespaces(), original.tables(),
                original.views(), original.enums(), original.sequences(), List.of()));
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void renderingTheRenderedSchemaAgainGivesTheSameStatements(TestDatabase db) {
        db.execute(SqliteSchemas.fixture("rich.sql"));
        List<String> first = SqliteSchemas.render(db, SqliteSchemas.inspect(db));
        try (TestDatabase empty = TestDatabase.create(TestDialect.SQLITE)) {
            empty.execute(first.toArray(String[]::new));
            assertThat(SqliteSchemas.render(empty, SqliteSchemas.inspect(empty))).isEqualTo(first);
        }
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void theRichFixtureIsReadCompletely(TestDatabase db) {
        db.execute(SqliteSchemas.fixture("rich.sql"));
        DatabaseSchema schema = SqliteSchemas.inspect(db);

        assertThat(schema.tables()).extracting(t -> t.name().name())
                .containsExactly("Customer", "audit", "cycle_a", "cycle_b", "node", "order", "shale_history", "表");
        assertThat(schema.views()).extracting(v -> v.name().name()).containsExactly("active_customers", "vip_customers");
        assertThat(schema.unmanaged()).extracting(u -> u.kind() + " " + u.name() + " on " + u.table())
                .containsExactly("trigger customer_gone on Customer");
        Table audit = schema.table(QualifiedName.of("audit")).orElseThrow();
        assertThat(audit.column("seq").orElseThrow().identity()).isNotNull();
        assertThat(audit.column("anything").orElseThrow().type()).isEmpty();
        assertThat(audit.column("amount").orElseThrow().defaultValue()).isEqualTo("1000");
        assertThat(audit.column("at").orElseThrow().defaultValue()).isEqualTo("datetime('now', 'localtime')");
        assertThat(audit.column("who").orElseThrow().defaultValue()).isEqualTo("'nobody'");
        Table order = schema.table(QualifiedName.of("order")).orElseThrow();
        assertThat(order.options()).containsEntry("without_rowid", "true");
        assertThat(order.foreignKeys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("fk_order_customer");
            assertThat(k.referencedTable()).isEqualTo(QualifiedName.of("Customer"));
            assertThat(k.referencedColumns()).containsExactly("id");
            assertThat(k.deferrable()).isEqualTo(ForeignKey.Deferrable.DEFERRABLE_INITIALLY_DEFERRED);
        });
    }
}
