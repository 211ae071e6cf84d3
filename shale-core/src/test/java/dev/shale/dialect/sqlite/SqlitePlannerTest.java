package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.ExitCode;
import dev.shale.ShaleException;
import dev.shale.diff.RenameHints;
import dev.shale.diff.SchemaDiffer;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.EnumType;
import dev.shale.model.QualifiedName;
import dev.shale.model.Table;
import dev.shale.plan.Plan;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

class SqlitePlannerTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT)";

    @OnEachDatabase({TestDialect.SQLITE})
    void addedColumnsWithDefaultsReadTheirDefaultOnExistingRowsAndTheReversePlanDropsThem(TestDatabase db) {
        db.execute(USERS, "INSERT INTO users (email, name) VALUES ('a@x.org', 'Ann'), ('b@x.org', NULL)");
        DatabaseSchema before = SqliteSchemas.inspect(db);
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf(USERS.replace(")",
                ", preferredLanguage varchar(10) default 'en', timezone varchar(50) default 'UTC')"));

        Plan up = SqlitePlanRuns.migrate(db, wanted, RenameHints.NONE);

        assertThat(up.sql()).containsExactly(
                "ALTER TABLE \"users\" ADD COLUMN \"preferredLanguage\" VARCHAR(10) DEFAULT 'en'",
                "ALTER TABLE \"users\" ADD COLUMN \"timezone\" VARCHAR(50) DEFAULT 'UTC'");
        assertThat(db.query("SELECT email, preferredLanguage, timezone FROM users ORDER BY id"))
                .containsExactly(List.of("a@x.org", "en", "UTC"), List.of("b@x.org", "en", "UTC"));

        Plan down = SqlitePlanRuns.migrate(db, before, RenameHints.NONE);
        assertThat(down.sql()).containsExactly("ALTER TABLE \"users\" DROP COLUMN \"preferredLanguage\"",
                "ALTER TABLE \"users\" DROP COLUMN \"timezone\"");
        assertThat(down.notes()).anyMatch(n -> n.contains("preferredLanguage") && n.contains("without them"));
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(before);
        assertThat(db.query("SELECT email, name FROM users ORDER BY id"))
                .containsExactly(List.of("a@x.org", "Ann"), java.util.Arrays.asList("b@x.org", null));
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aRebuildKeepsEveryValueOfEveryStorageClassAndTheRowids(TestDatabase db) {
        db.execute("CREATE TABLE t (a INTEGER, r REAL, s TEXT, b BLOB, n NUMERIC, anything)",
                "INSERT INTO t VALUES (9223372036854775807, 1.5e300, 'é' || char(0) || 'x', X'00FF10', '12.50', NULL)",
                "INSERT INTO t VALUES (-1, -0.0, '', X'', 'abc', 3.25)",
                "INSERT INTO t (rowid, a) VALUES (100, 7)");
        String everything = "SELECT rowid, typeof(a), a, typeof(r), r, quote(s), hex(b), typeof(n), n, typeof(anything), "
                + "anything FROM t ORDER BY rowid";
        List<List<String>> before = db.query(everything);
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf(
                "CREATE TABLE t (a INTEGER, r REAL, s TEXT, b BLOB, n NUMERIC, anything, CHECK (a <> 0))");

        Plan plan = SqlitePlanRuns.migrate(db, wanted, RenameHints.NONE);

        assertThat(plan.notes()).anyMatch(n -> n.contains("table t is rebuilt") && n.contains("proportion"));
        assertThat(db.query(everything)).isEqualTo(before);
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aRebuildKeepsTheAutoincrementCounterSoDeletedKeysAreNotReused(TestDatabase db) {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT)",
                "INSERT INTO t (a) VALUES ('x'), ('y'), ('z')", "DELETE FROM t WHERE id > 1");
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf(
                "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT NOT NULL DEFAULT '')");

        SqlitePlanRuns.migrate(db, wanted, RenameHints.NONE);
        db.execute("INSERT INTO t (a) VALUES ('next')");

        assertThat(db.queryValue("SELECT id FROM t WHERE a = 'next'")).isEqualTo("4");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aRenamedColumnKeepsItsValuesWhenItsTableIsRebuiltToo(TestDatabase db) {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, \"prénom\" TEXT, age TEXT)",
                "INSERT INTO t VALUES (1, 'Zoé', '30'), (2, 'Ana', NULL)");
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf("CREATE TABLE t (id INTEGER PRIMARY KEY, first_name TEXT, age INTEGER)");
        RenameHints hints = new RenameHints(Map.of(), Map.of(QualifiedName.of("t"), Map.of("prénom", "first_name")));

        Plan plan = SqlitePlanRuns.migrate(db, wanted, hints);

        assertThat(plan.sql().get(plan.sql().indexOf("ALTER TABLE \"t\" RENAME COLUMN \"prénom\" TO \"first_name\"") + 1))
                .startsWith("CREATE TABLE \"shale_new_t\"");
        assertThat(db.query("SELECT id, first_name, typeof(age) FROM t ORDER BY id"))
                .containsExactly(List.of("1", "Zoé", "integer"), List.of("2", "Ana", "null"));
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(wanted);
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aRebuildThatAddsAForeignKeyBrokenByExistingRowsStopsTheMigrationAndChangesNothing(TestDatabase db) {
        db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)", "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER)",
                "INSERT INTO p VALUES (1)", "INSERT INTO c VALUES (1, 1), (2, 99)");
        DatabaseSchema before = SqliteSchemas.inspect(db);
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf("CREATE TABLE p (id INTEGER PRIMARY KEY)",
                "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id))");
        Plan plan = SqlitePlanRuns.plan(db, before, wanted, RenameHints.NONE);

        assertThatThrownBy(() -> SqlitePlanRuns.run(db, plan)).hasRootCauseInstanceOf(SQLException.class)
                .rootCause().hasMessageContaining("rows of c break its foreign keys");
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(before);

        db.execute("DELETE FROM c WHERE p = 99");
        SqlitePlanRuns.run(db, plan);
        assertThat(SqliteSchemas.inspect(db)).isEqualTo(wanted);
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aRebuildOnAConnectionThatEnforcesForeignKeysStopsBeforeItCanCascadeDeletes(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT)",
                "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id) ON DELETE CASCADE)",
                "INSERT INTO p VALUES (1, 'x')", "INSERT INTO c VALUES (1, 1)");
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf("CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT NOT NULL)",
                "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id) ON DELETE CASCADE)");
        Plan plan = SqlitePlanRuns.plan(db, SqliteSchemas.inspect(db), wanted, RenameHints.NONE);

        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            assertThatThrownBy(() -> SqlitePlanRuns.run(connection, plan))
                    .hasMessageContaining("run this migration with PRAGMA foreign_keys=OFF");
        }
        assertThat(db.queryValue("SELECT count(*) FROM c")).isEqualTo("1");
        SqlitePlanRuns.run(db, plan);
        assertThat(db.queryValue("SELECT count(*) FROM c")).isEqualTo("1");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aTableWithATriggerIsNotRebuiltButRefusedWithTheTriggersNamed(TestDatabase db) {
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)", "CREATE TABLE log (x TEXT)",
                "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END");
        DatabaseSchema from = SqliteSchemas.inspect(db);
        DatabaseSchema wanted = SqlitePlanRuns.schemaOf("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL)",
                "CREATE TABLE log (x TEXT)");

        assertThatThrownBy(() -> SqlitePlanRuns.plan(db, from, wanted, RenameHints.NONE))
                .isInstanceOfSatisfying(ShaleException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
                    assertThat(e.getMessage()).contains("t_log").contains("rebuild");
                    assertThat(e.hint()).isPresent();
                });
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void enumsAndCommentsAreRefusedBecauseSqliteHasNone(TestDatabase db) {
        DatabaseSchema empty = DatabaseSchema.empty("sqlite");
        DatabaseSchema withEnum = new DatabaseSchema("sqlite", List.of(), List.of(), List.of(),
                List.of(new EnumType(QualifiedName.of("mood"), List.of("ok"))), List.of(), List.of());
        DatabaseSchema t = SqlitePlanRuns.schemaOf("CREATE TABLE t (id INTEGER)");
        Table table = t.tables().get(0);
        DatabaseSchema commented = new DatabaseSchema("sqlite", List.of(), List.of(new Table(table.name(), table.columns(),
                null, List.of(), List.of(), List.of(), List.of(), "a comment", table.options())), List.of(), List.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> db.dialect().planner().plan(SchemaDiffer.diff(empty, withEnum), empty, withEnum))
                .isInstanceOf(ShaleException.class).hasMessageContaining("no enum type");
        assertThatThrownBy(() -> db.dialect().planner().plan(SchemaDiffer.diff(t, commented), t, commented))
                .isInstanceOf(ShaleException.class).hasMessageContaining("no comments");
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void droppingATableSaysItsRowsCannotBeBroughtBack(TestDatabase db) {
        db.execute("CREATE TABLE t (id INTEGER)");

        Plan plan = SqlitePlanRuns.migrate(db, DatabaseSchema.empty("sqlite"), RenameHints.NONE);

        assertThat(plan.sql()).containsExactly("DROP TABLE \"t\"");
        assertThat(plan.notes()).singleElement().asString().contains("table t is dropped with its rows");
    }
}
