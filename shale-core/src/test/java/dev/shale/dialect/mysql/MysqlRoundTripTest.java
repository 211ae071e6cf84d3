package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shale.model.CheckConstraint;
import dev.shale.model.Column;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.Sequence;
import dev.shale.model.Table;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;

/** The rich fixture survives inspect → render → apply → inspect unchanged. */
class MysqlRoundTripTest {

    @OnEachDatabase(TestDialect.MARIADB)
    void theRenderedSchemaRecreatesAnEqualModelInAnotherDatabase(TestDatabase source) {
        MysqlInspection.apply(source, SqlScript.resource("/fixtures/mysql/rich.sql"));
        DatabaseSchema original = MysqlInspection.inspect(source);
        List<String> ddl = source.dialect().ddl().createStatements(original);

        try (TestDatabase target = TestDatabase.create(TestDialect.MARIADB)) {
            MysqlInspection.apply(target, ddl);
            DatabaseSchema copy = MysqlInspection.inspect(target);
            assertThat(copy.tables()).isEqualTo(original.tables());
            assertThat(copy).isEqualTo(original);
            assertThat(source.dialect().ddl().createStatements(copy)).isEqualTo(ddl);
        }
    }

    /** The round trip alone cannot see a detail lost on both sides: the fixture's details, read back. */
    @OnEachDatabase(TestDialect.MARIADB)
    void theFixtureIsInspectedWithEveryDeclaredDetail(TestDatabase db) {
        MysqlInspection.apply(db, SqlScript.resource("/fixtures/mysql/rich.sql"));
        DatabaseSchema schema = MysqlInspection.inspect(db);
        Table customer = schema.table(QualifiedName.of("Customer")).orElseThrow();

        assertThat(customer.columns()).contains(
                new Column("id", "int unsigned", false, null,
                        new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null), null, null, null),
                new Column("prénom", "varchar(40)", false, "'l''ami \\\\ \"x\"'", null, null, null, "first name, it's"),
                new Column("email", "varchar(190)", false, null, null, null, "ascii_bin", null),
                Column.of("profile", "json", true),
                new Column("public_id", "char(36)", false, "(uuid())", null, null, null, null),
                new Column("updated_at", "timestamp(3) on update current_timestamp(3)", false,
                        "current_timestamp(3)", null, null, null, null),
                new Column("zip", "int(5) unsigned zerofill", true, null, null, null, null, null),
                new Column("balance_cents", "bigint", true, null, null, new Column.Generated("`balance` * 100", true),
                        null, null),
                new Column("internal_note", "varchar(10) invisible", true, "'hidden'", null, null, null, null));
        assertThat(customer.comment()).isEqualTo("people who buy; it's \"them\"");
        assertThat(customer.options()).containsEntry("collation", "utf8mb4_unicode_ci");
        assertThat(customer.checks()).extracting(CheckConstraint::name).containsExactly("CONSTRAINT_1", "positive_zip");
        assertThat(customer.indexes()).extracting(Index::name, Index::method).containsExactly(
                tuple("ft_name", "fulltext"), tuple("ix_name_prefix", "btree"), tuple("self_ref", "btree"));
        assertThat(schema.table(QualifiedName.of("order")).orElseThrow().column("number").orElseThrow().defaultValue())
                .isEqualTo("(nextval(`order_numbers`))");
        assertThat(schema.table(QualifiedName.of("表")).orElseThrow().comment()).isEqualTo("明細");
        assertThat(schema.table(QualifiedName.of("price_history")).orElseThrow().options())
                .containsEntry("system_versioning", "true");
        assertThat(schema.table(QualifiedName.of("Legacy")).orElseThrow().options()).containsEntry("engine", "MyISAM");
        assertThat(schema.sequences()).contains(new Sequence(QualifiedName.of("order_numbers"), "bigint",
                1000, 5, 1000, 999999, 20, true));
        assertThat(schema.view(QualifiedName.of("Select View")).orElseThrow().definition())
                .endsWith("WITH CASCADED CHECK OPTION");
    }
}
