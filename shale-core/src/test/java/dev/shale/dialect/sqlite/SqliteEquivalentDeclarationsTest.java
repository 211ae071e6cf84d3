package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.model.DatabaseSchema;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/** The same schema declared two ways, in two fresh databases, inspects to equal models. */
class SqliteEquivalentDeclarationsTest {

    private static DatabaseSchema inspectOther(String... statements) {
        try (TestDatabase other = TestDatabase.create(TestDialect.SQLITE)) {
            other.execute(statements);
            return SqliteSchemas.inspect(other);
        }
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void tablesDifferingOnlyInWhitespaceCaseQuotesAndRedundantSyntaxAreEqual(TestDatabase db) {
        db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT)",
                "CREATE TABLE item (\n"
                + "  id integer primary key autoincrement,\n"
                + "  \"Price\" decimal(10,2) not null default 0 check (Price >= 0),\n"
                + "  label varchar(20) default 'none' collate nocase,\n"
                + "  created text default current_timestamp,\n"
                + "  parent_id int references Parent on delete cascade deferrable initially deferred,\n"
                + "  flag boolean default true,\n"
                + "  doubled int generated always as (\"Price\" * 2) stored,\n"
                + "  note text default null,\n"
                + "  constraint item_label unique (label),\n"
                + "  constraint label_not_empty check (length(label)>0 and label != '')\n"
                + ")",
                "create index item_by_label on item (lower(label) desc) where price > 0");

        DatabaseSchema other = inspectOther(
                "CREATE   TABLE [parent] ( [id] INTEGER PRIMARY KEY , [code] TEXT )",
                "CREATE TABLE `item` (\n"
                + "  `id` INTEGER PRIMARY KEY AUTOINCREMENT, -- the key\n"
                + "  [Price] DECIMAL( 10 , 2 ) NOT NULL DEFAULT (0) CHECK ( \"price\" >= 0 ),\n"
                + "  \"label\" VARCHAR(20) COLLATE NOCASE DEFAULT ('none'),\n"
                + "  \"created\" TEXT DEFAULT (CURRENT_TIMESTAMP),\n"
                + "  parent_id INT,\n"
                + "  flag BOOLEAN DEFAULT 1,\n"
                + "  doubled INT AS (price*2) STORED,\n"
                + "  note TEXT,\n"
                + "  CONSTRAINT \"item_label\" UNIQUE (\"LABEL\"),\n"
                + "  CONSTRAINT label_not_empty CHECK (LENGTH(\"label\") > 0 AND [label] <> ''),\n"
                + "  FOREIGN KEY (parent_id) REFERENCES \"parent\" (\"ID\") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n"
                + ")",
                "/* same index */ CREATE INDEX \"item_by_label\" ON \"item\" (LOWER( \"label\" ) DESC) WHERE \"PRICE\">0");

        assertThat(other).isEqualTo(SqliteSchemas.inspect(db));
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void viewsDifferingOnlyInLayoutQuotingAndKeywordCaseAreEqual(TestDatabase db) {
        db.execute("CREATE TABLE t (a INT, b TEXT)",
                "CREATE VIEW v AS select a, upper(b) as ub from t where a>1 -- comment");

        DatabaseSchema other = inspectOther("CREATE TABLE t (a INT, b TEXT)",
                "CREATE VIEW \"v\" AS\n  SELECT [a], UPPER(\"b\") AS ub\n  FROM `t`\n  WHERE a > 1");

        assertThat(other).isEqualTo(SqliteSchemas.inspect(db));
    }

    @OnEachDatabase({TestDialect.SQLITE})
    void aDifferentDefinitionIsNotEqual(TestDatabase db) {
        db.execute("CREATE TABLE t (a INT DEFAULT 1 CHECK (a > 0), b TEXT COLLATE NOCASE)");

        assertThat(inspectOther("CREATE TABLE t (a INT DEFAULT 2 CHECK (a > 0), b TEXT COLLATE NOCASE)"))
                .isNotEqualTo(SqliteSchemas.inspect(db));
        assertThat(inspectOther("CREATE TABLE t (a INT DEFAULT 1 CHECK (a >= 0), b TEXT COLLATE NOCASE)"))
                .isNotEqualTo(SqliteSchemas.inspect(db));
        assertThat(inspectOther("CREATE TABLE t (a INT DEFAULT 1 CHECK (a > 0), b TEXT)"))
                .isNotEqualTo(SqliteSchemas.inspect(db));
        assertThat(inspectOther("CREATE TABLE t (a INTEGER DEFAULT 1 CHECK (a > 0), b TEXT COLLATE NOCASE)"))
                .isNotEqualTo(SqliteSchemas.inspect(db));
    }
}
