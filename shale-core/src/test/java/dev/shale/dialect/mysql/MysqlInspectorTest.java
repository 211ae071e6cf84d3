package dev.shale.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.dialect.CatalogReader;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.ForeignKey;
import dev.shale.model.Index;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.model.UniqueConstraint;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.util.List;

/** The modelling decisions of the MySQL/MariaDB inspector, one behaviour each. */
class MysqlInspectorTest {

    @OnEachDatabase(TestDialect.MARIADB)
    void theIndexTheServerAddsForAForeignKeyIsAnOrdinaryIndexThatRoundTrips(TestDatabase db) {
        db.execute("CREATE TABLE parent (id INT PRIMARY KEY)",
                "CREATE TABLE child (id INT PRIMARY KEY, a INT, b INT, FOREIGN KEY (a) REFERENCES parent (id))",
                "ALTER TABLE child ADD CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES parent (id) ON DELETE RESTRICT");

        DatabaseSchema schema = MysqlInspection.inspect(db);
        Table child = schema.table(QualifiedName.of("child")).orElseThrow();

        assertThat(child.indexes()).extracting(i -> i.keys().get(0).column()).containsExactlyInAnyOrder("a", "b");
        assertThat(child.foreignKeys()).extracting(ForeignKey::name).containsExactly("child_ibfk_1", "fk_b");
        assertThat(child.foreignKeys()).extracting(ForeignKey::onDelete)
                .as("RESTRICT and an unspecified action are both NO ACTION in InnoDB")
                .containsOnly(ForeignKey.Action.NO_ACTION);
        assertRoundTrips(db, schema);
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void onlyAPlainUniqueIndexIsAUniqueConstraint(TestDatabase db) {
        db.execute("CREATE TABLE t (a VARCHAR(50), b INT, c INT,"
                + " UNIQUE KEY u_plain (a, b), UNIQUE KEY u_prefix (a(5)), UNIQUE KEY u_desc (c DESC))");

        Table t = MysqlInspection.inspect(db).tables().get(0);

        assertThat(t.uniques()).containsExactly(new UniqueConstraint("u_plain", List.of("a", "b")));
        assertThat(t.indexes()).containsExactly(
                new Index("u_desc", true, List.of(new Index.Key("c", null, true, null)), null, "btree", List.of()),
                new Index("u_prefix", true, List.of(new Index.Key("a", null, false, 5)), null, "btree", List.of()));
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void tableCharsetAndCollationAreKeptSoATableKeepsThemInADatabaseWithAnotherDefault(TestDatabase db) {
        db.execute("CREATE TABLE t (name VARCHAR(10)) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
        DatabaseSchema schema = MysqlInspection.inspect(db);
        assertThat(schema.tables().get(0).options())
                .containsEntry("charset", "utf8mb4").containsEntry("collation", "utf8mb4_general_ci")
                .containsEntry("engine", "InnoDB");

        try (TestDatabase latin = TestDatabase.create(TestDialect.MARIADB)) {
            latin.execute("ALTER DATABASE " + db.dialect().quote(latin.name()) + " CHARACTER SET latin1");
            MysqlInspection.apply(latin, latin.dialect().ddl().createStatements(schema));
            assertThat(MysqlInspection.inspect(latin)).isEqualTo(schema);
        }
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void viewDefinitionsDoNotNameTheDatabase(TestDatabase db) {
        db.execute("CREATE TABLE t (id INT)", "CREATE VIEW v AS SELECT id FROM t");

        String definition = MysqlInspection.inspect(db).views().get(0).definition();

        assertThat(definition).doesNotContain(db.name()).contains("from `t`");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void namesDifferingOnlyInCaseAreDistinctTables(TestDatabase db) {
        db.execute("CREATE TABLE Item (id INT)", "CREATE TABLE item (id INT)");

        assertThat(MysqlInspection.inspect(db).tables()).extracting(t -> t.name().name())
                .containsExactly("Item", "item");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void anotherDatabaseThanTheConnectionsCannotBeInspected(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            CatalogReader catalog = new CatalogReader(c);
            assertThatThrownBy(() -> db.dialect().inspector().inspect(catalog, List.of("elsewhere")))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("elsewhere");
            assertThat(db.dialect().inspector().inspect(catalog, List.of(db.name())).dialect()).isEqualTo("mysql");
        }
    }

    private static void assertRoundTrips(TestDatabase db, DatabaseSchema schema) {
        try (TestDatabase copy = TestDatabase.create(TestDialect.MARIADB)) {
            MysqlInspection.apply(copy, db.dialect().ddl().createStatements(schema));
            assertThat(MysqlInspection.inspect(copy)).isEqualTo(schema);
        }
    }
}
