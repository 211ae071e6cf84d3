package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.diff.RenameHints;
import dev.shale.model.DatabaseSchema;
import dev.shale.model.QualifiedName;
import dev.shale.plan.Plan;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per kind of change: schema A (with rows) is migrated to B on a real SQLite file and
 * must then read back equal to B created from scratch; the rows of the columns both have are
 * kept; the plan back from B gives A again.
 */
class SqlitePlannerCasesTest {

    /**
     * @param rows     inserted into A before migrating
     * @param kept     a query over what A and B share, whose result every migration keeps
     * @param rebuilds whether the plan from A to B must rebuild a table
     */
    record Case(String name, List<String> a, List<String> b, List<String> rows, String kept, boolean rebuilds,
                RenameHints hints) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case inPlace(String name, String a, String b, String rows, String kept) {
        return new Case(name, List.of(a), List.of(b), List.of(rows), kept, false, RenameHints.NONE);
    }

    private static Case rebuilt(String name, String a, String b, String rows, String kept) {
        return new Case(name, List.of(a), List.of(b), List.of(rows), kept, true, RenameHints.NONE);
    }

    static Stream<Case> cases() {
        String ab = "INSERT INTO t (id, a) VALUES (1, 'x'), (2, NULL), (3, 'z')";
        return Stream.of(
                inPlace("a nullable column with a constant default is added in place",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER DEFAULT 7)", ab, "SELECT id, a FROM t"),
                inPlace("a NOT NULL column with a default is added in place",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT NOT NULL DEFAULT 'n/a' COLLATE NOCASE)",
                        ab, "SELECT id, a FROM t"),
                inPlace("a virtual generated column is added in place",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT GENERATED ALWAYS AS (upper(a)) VIRTUAL)",
                        ab, "SELECT id, a FROM t"),
                rebuilt("a stored generated column needs a rebuild",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT GENERATED ALWAYS AS (upper(a)) STORED)",
                        ab, "SELECT id, a FROM t"),
                rebuilt("a column defaulting to CURRENT_TIMESTAMP needs a rebuild",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP)",
                        ab, "SELECT id, a FROM t"),
                rebuilt("a type change keeps the rows",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INTEGER)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(20), n NUMERIC)",
                        "INSERT INTO t VALUES (1, 'x', 10), (2, NULL, NULL)", "SELECT id, a, n FROM t"),
                rebuilt("a nullability change keeps the rows",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '')",
                        "INSERT INTO t VALUES (1, 'x'), (2, 'y')", "SELECT id, a FROM t"),
                rebuilt("a default change keeps the rows",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT DEFAULT 'old')",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT DEFAULT 'new')", ab, "SELECT id, a FROM t"),
                rebuilt("a collation change keeps the rows",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT COLLATE NOCASE)", ab, "SELECT id, a FROM t"),
                rebuilt("a unique constraint is added and dropped by rebuilds",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, CONSTRAINT t_a_key UNIQUE (a))", ab,
                        "SELECT id, a FROM t"),
                rebuilt("a check is added and dropped by rebuilds",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, CONSTRAINT short CHECK (length(a) < 5))", ab,
                        "SELECT id, a FROM t"),
                rebuilt("the primary key changes by a rebuild",
                        "CREATE TABLE t (id INTEGER NOT NULL, a TEXT NOT NULL, PRIMARY KEY (id))",
                        "CREATE TABLE t (id INTEGER NOT NULL, a TEXT NOT NULL, PRIMARY KEY (id, a))",
                        "INSERT INTO t VALUES (1, 'x'), (2, 'y')", "SELECT id, a FROM t"),
                rebuilt("AUTOINCREMENT comes and goes by a rebuild",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT)", ab, "SELECT id, a FROM t"),
                rebuilt("WITHOUT ROWID comes and goes by a rebuild",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT) WITHOUT ROWID", ab, "SELECT id, a FROM t"),
                rebuilt("STRICT comes and goes by a rebuild",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT) STRICT", ab, "SELECT id, a FROM t"),
                rebuilt("a self-referencing foreign key is added to a table with rows",
                        "CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER)",
                        "CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER, "
                                + "CONSTRAINT node_parent FOREIGN KEY (parent) REFERENCES node (id) ON DELETE CASCADE)",
                        "INSERT INTO node VALUES (1, NULL), (2, 1), (3, 2)", "SELECT id, parent FROM node"),
                new Case("a foreign key to a new table comes with a rebuild and a new table",
                        List.of("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER)"),
                        List.of("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER, FOREIGN KEY (p) REFERENCES parent (id))",
                                "CREATE TABLE parent (id INTEGER PRIMARY KEY)"),
                        List.of("INSERT INTO child VALUES (1, NULL)"), "SELECT id, p FROM child", true, RenameHints.NONE),
                inPlace("indexes of every kind are created and dropped in place",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE INDEX t_a ON t (a DESC); "
                                + "CREATE UNIQUE INDEX t_lower ON t (lower(a)) WHERE a IS NOT NULL; "
                                + "CREATE INDEX t_nocase ON t (a COLLATE NOCASE)",
                        ab, "SELECT id, a FROM t"),
                inPlace("a column is dropped in place",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, gone INTEGER DEFAULT 0)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)", ab, "SELECT id, a FROM t"),
                rebuilt("an indexed column is dropped by a rebuild that keeps the other indexes",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX t_b ON t (b); "
                                + "CREATE INDEX t_ab ON t (a, b); CREATE INDEX t_a ON t (a)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE INDEX t_a ON t (a)",
                        ab, "SELECT id, a FROM t"),
                inPlace("tables are created and dropped",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE old (x INTEGER)",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE TABLE fresh (y TEXT CHECK (y <> '')); "
                                + "CREATE INDEX fresh_y ON fresh (y)", ab, "SELECT id, a FROM t"),
                new Case("a cycle of foreign keys between new tables is created",
                        List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)"),
                        List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                                "CREATE TABLE cycle_a (id INTEGER PRIMARY KEY, b INTEGER REFERENCES cycle_b (id))",
                                "CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a INTEGER REFERENCES cycle_a (id) "
                                        + "DEFERRABLE INITIALLY DEFERRED)"),
                        List.of(ab), "SELECT id, a FROM t", false, RenameHints.NONE),
                rebuilt("reserved and unicode identifiers are quoted everywhere",
                        "CREATE TABLE \"order\" (\"select\" INTEGER PRIMARY KEY, \"prénom\" TEXT, \"from\" TEXT); "
                                + "CREATE INDEX \"where\" ON \"order\" (\"prénom\")",
                        "CREATE TABLE \"order\" (\"select\" INTEGER PRIMARY KEY, \"prénom\" TEXT NOT NULL DEFAULT '', "
                                + "\"group\" TEXT DEFAULT 'it''s'); CREATE INDEX \"where\" ON \"order\" (\"prénom\")",
                        "INSERT INTO \"order\" VALUES (1, 'Zoé', 'a'), (2, 'Łukasz', NULL)",
                        "SELECT \"select\", \"prénom\" FROM \"order\""),
                rebuilt("a view over a rebuilt table is dropped and created again",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v AS SELECT a FROM t; "
                                + "CREATE VIEW w AS SELECT count(*) AS n FROM v",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, CHECK (a <> '')); CREATE VIEW v AS SELECT a FROM t; "
                                + "CREATE VIEW w AS SELECT count(*) AS n FROM v",
                        ab, "SELECT * FROM w"),
                rebuilt("a view over a column whose type changes is created again",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); CREATE VIEW v AS SELECT id, a FROM t",
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(5)); CREATE VIEW v AS SELECT id, a FROM t",
                        ab, "SELECT * FROM v"),
                new Case("a renamed column keeps its data, index and view",
                        List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)", "CREATE INDEX t_a ON t (a)",
                                "CREATE VIEW v AS SELECT id FROM t"),
                        List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, renamed TEXT)", "CREATE INDEX t_a ON t (renamed)",
                                "CREATE VIEW v AS SELECT id FROM t"),
                        List.of(ab), "SELECT id FROM t", false,
                        new RenameHints(Map.of(), Map.of(QualifiedName.of("t"), Map.of("a", "renamed")))),
                new Case("a renamed table that is also rebuilt keeps its rows and the foreign keys to it",
                        List.of("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)",
                                "CREATE TABLE c (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id))"),
                        List.of("CREATE TABLE renamed (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT 'z')",
                                "CREATE TABLE c (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES renamed (id))"),
                        List.of("INSERT INTO t VALUES (1, 'x'), (2, 'y')", "INSERT INTO c VALUES (1, 2)"),
                        "SELECT id, t_id FROM c", true,
                        new RenameHints(Map.of(QualifiedName.of("t"), QualifiedName.of("renamed")), Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMigrationGivesTheTargetKeepsTheRowsAndGoesBack(Case c) {
        DatabaseSchema b = SqlitePlanRuns.schemaOf(split(c.b()));
        try (TestDatabase db = TestDatabase.create(TestDialect.SQLITE)) {
            db.execute(split(c.a()));
            DatabaseSchema a = SqliteSchemas.inspect(db);
            db.execute(c.rows().toArray(String[]::new));
            List<List<String>> before = db.query(c.kept() + " ORDER BY 1");

            Plan up = SqlitePlanRuns.migrate(db, b, c.hints());
            assertThat(up.sql().stream().anyMatch(sql -> sql.startsWith("CREATE TABLE \"shale_new_")))
                    .as("the plan rebuilds a table: %s", up.sql()).isEqualTo(c.rebuilds());
            assertThat(SqlitePlanRuns.comparable(SqliteSchemas.inspect(db))).isEqualTo(SqlitePlanRuns.comparable(b));
            assertThat(db.query(c.kept() + " ORDER BY 1")).isEqualTo(before);
            assertThat(SqlitePlanRuns.plan(db, SqliteSchemas.inspect(db), b, RenameHints.NONE).isEmpty()).isTrue();

            SqlitePlanRuns.migrate(db, a, c.hints().inverse());
            assertThat(SqlitePlanRuns.comparable(SqliteSchemas.inspect(db))).isEqualTo(SqlitePlanRuns.comparable(a));
            assertThat(db.query(c.kept() + " ORDER BY 1")).isEqualTo(before);
        }
    }

    private static String[] split(List<String> statements) {
        return statements.stream().flatMap(s -> Stream.of(s.split(";\\s*"))).toArray(String[]::new);
    }
}
