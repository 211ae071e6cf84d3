package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ShaleException;
import dev.shale.dialect.CatalogReader;
import dev.shale.model.Column;
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

class SqliteInspectorTest {

    private static Table table(TestDatabase db, String name) {
        return SqliteSchemas.inspect(db).table(QualifiedName.of(name)).orElseThrow();
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void onlyAutoincrementIsAnIdentityNotAPlainRowidAlias(TestDatabase db) {
        db.execute("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "CREATE TABLE b (id INTEGER PRIMARY KEY)");

        assertThat(table(db, "a").columns().get(0).identity())
                .isEqualTo(new Column.Identity(Column.Identity.Kind.AUTO_INCREMENT, null, null));
        assertThat(table(db, "b").columns().get(0).identity()).isNull();
        assertThat(table(db, "b").primaryKey().columns()).containsExactly("id");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void anEmptyDatabaseHasNoObjectsAndTheInternalSequenceTableIsNotOne(TestDatabase db) {
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(DatabaseSchema.empty("sqlite"));

        db.execute("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "INSERT INTO a DEFAULT VALUES",
                "ANALYZE");
        assertThat(SqliteSchemas.inspect(db).tables()).extracting(t -> t.name().name()).containsExactly("a");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void uniqueConstraintsAreConstraintsAndTheirIndexesAreNotListed(TestDatabase db) {
        db.execute("CREATE TABLE t (a TEXT UNIQUE, b TEXT, c TEXT, CONSTRAINT uq_bc UNIQUE (b, c), PRIMARY KEY (c, a))",
                "CREATE INDEX t_b ON t (b)");

        Table t = table(db, "t");
        assertThat(t.uniques()).containsExactly(new UniqueConstraint(null, List.of("a")),
                new UniqueConstraint("uq_bc", List.of("b", "c")));
        assertThat(t.indexes()).extracting(Index::name).containsExactly("t_b");
        assertThat(t.primaryKey().columns()).containsExactly("c", "a");
        assertThat(t.primaryKey().name()).isNull();
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aForeignKeyToThePrimaryKeyIsResolvedToItsColumnsAndTheTableAsDeclared(TestDatabase db) {
        db.execute("CREATE TABLE Parent (a INT, b INT, PRIMARY KEY (a, b))",
                "CREATE TABLE child (x INT, y INT, FOREIGN KEY (x, y) REFERENCES PARENT ON UPDATE SET DEFAULT)",
                "CREATE TABLE orphan (p INT REFERENCES missing (Id))");

        assertThat(table(db, "child").foreignKeys()).containsExactly(new ForeignKey(null, List.of("x", "y"),
                QualifiedName.of("Parent"), List.of("a", "b"), ForeignKey.Action.NO_ACTION,
                ForeignKey.Action.SET_DEFAULT, ForeignKey.Deferrable.NOT_DEFERRABLE));
        assertThat(table(db, "orphan").foreignKeys().get(0).referencedTable()).isEqualTo(QualifiedName.of("missing"));
        assertThat(table(db, "orphan").foreignKeys().get(0).referencedColumns()).containsExactly("Id");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void twoForeignKeysFromTheSameColumnsKeepTheirOwnNamesAndDeferral(TestDatabase db) {
        db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)", "CREATE TABLE q (id INTEGER PRIMARY KEY)",
                "CREATE TABLE t (r INT, CONSTRAINT to_q FOREIGN KEY (r) REFERENCES q DEFERRABLE INITIALLY DEFERRED,"
                        + " CONSTRAINT to_p FOREIGN KEY (r) REFERENCES p)");

        assertThat(table(db, "t").foreignKeys()).extracting(k -> k.name() + "->" + k.referencedTable() + " " + k.deferrable())
                .containsExactly("to_p->p NOT_DEFERRABLE", "to_q->q DEFERRABLE_INITIALLY_DEFERRED");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void indexKeysCarryOrderExpressionsCollationsAndThePartialPredicate(TestDatabase db) {
        db.execute("CREATE TABLE t (a TEXT COLLATE NOCASE, b TEXT, c INT)",
                "CREATE UNIQUE INDEX i ON t (a, a COLLATE BINARY, b COLLATE nocase DESC, c + 1, lower(b) DESC) WHERE c IS NOT NULL");

        Index index = table(db, "t").indexes().get(0);
        assertThat(index.unique()).isTrue();
        assertThat(index.keys()).containsExactly(new Index.Key("a", null, false, null),
                new Index.Key(null, "\"a\" COLLATE BINARY", false, null),
                new Index.Key(null, "\"b\" COLLATE NOCASE", true, null),
                new Index.Key(null, "\"c\" + 1", false, null),
                new Index.Key(null, "lower(\"b\")", true, null));
        assertThat(index.where()).isEqualTo("\"c\" IS NOT NULL");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void generatedColumnsAreVirtualOrStoredAndHaveNoDefault(TestDatabase db) {
        db.execute("CREATE TABLE t (a INT, v INT AS (a + 1), s INT GENERATED ALWAYS AS (a * 2) STORED NOT NULL)");

        Table t = table(db, "t");
        assertThat(t.column("v").orElseThrow().generated()).isEqualTo(new Column.Generated("\"a\" + 1", false));
        assertThat(t.column("s").orElseThrow().generated()).isEqualTo(new Column.Generated("\"a\" * 2", true));
        assertThat(t.column("s").orElseThrow().nullable()).isFalse();
        assertThat(t.column("s").orElseThrow().type()).isEqualTo("INT");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void triggersAndVirtualTablesAreListedAsUnmanagedAndShadowTablesNotAtAll(TestDatabase db) {
        db.execute("CREATE TABLE t (a INT)", "CREATE VIRTUAL TABLE docs USING fts5(body)",
                "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN SELECT 1; END");

        DatabaseSchema schema = SqliteSchemas.inspect(db);
        assertThat(schema.tables()).extracting(x -> x.name().name()).containsExactly("t");
        assertThat(schema.unmanaged()).extracting(u -> u.kind() + ":" + u.name())
                .containsExactly("trigger:t_ins", "virtual table:docs");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void otherNamespacesThanMainAreRefused(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> db.dialect().inspector().inspect(new CatalogReader(connection), List.of("temp")))
                    .isInstanceOf(ShaleException.class).hasMessageContaining("main database only");
        }
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aViewKeepsItsDeclaredColumnNamesAndTheyRoundTrip(TestDatabase db) {
        db.execute("CREATE TABLE t (a INTEGER, b TEXT)", "CREATE VIEW v (\"first one\", second) AS SELECT a, b FROM t");

        dev.shale.model.DatabaseSchema schema = SqliteSchemas.inspect(db);
        assertThat(schema.views().get(0).columns()).containsExactly("first one", "second");

        try (TestDatabase copy = TestDatabase.create(TestDialect.SQLITE)) {
            copy.execute(db.dialect().ddl().createStatements(schema).toArray(String[]::new));
            assertThat(SqliteSchemas.inspect(copy)).isEqualTo(schema);
            assertThat(copy.query("SELECT \"first one\", second FROM v")).isEmpty();
        }
    }
}
