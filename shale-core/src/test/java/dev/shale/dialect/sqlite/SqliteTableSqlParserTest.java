package dev.shale.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.sqlite.SqliteTableSql.ForeignKeyClause;
import dev.shale.dialect.sqlite.SqliteTableSql.UniqueClause;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteTableSqlParserTest {
    private final SqliteSqlText text = new SqliteSqlText(new SqliteDialect()::quote);

    private List<String> checks(SqliteTableSql table) {
        return table.checks().stream()
                .map(c -> c.name() + ": " + text.render(c.expression(), SqliteSqlText.NO_NAMES)).toList();
    }

    @Test
    void columnAndTableChecksAreReadWithTheirNamesInDeclarationOrder() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t (a INT CHECK (a > 0) CONSTRAINT b_small CHECK"
                + " (b < (10 + (2))), b INT, CHECK (a <> b), CONSTRAINT \"named one\" CHECK (a IN (1, 2)))");

        assertThat(checks(table)).containsExactly("null: a > 0", "b_small: b < (10 + (2))", "null: a <> b",
                "named one: a IN (1, 2)");
    }

    @Test
    void parenthesesCommasAndKeywordsInsideStringsAndCommentsDoNotSplitTheDefinition() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t (\n"
                + "  a TEXT DEFAULT ', CHECK (x' CHECK (a <> ')(') -- , CHECK (no)\n"
                + "  /* , UNIQUE (a) */, [b, c] DECIMAL(10, 2) COLLATE nocase)");

        assertThat(checks(table)).containsExactly("null: a <> ')('");
        assertThat(table.uniques()).isEmpty();
        assertThat(table.column("B, C").collation()).isEqualTo("nocase");
    }

    @Test
    void generatedColumnsKeepTheirExpressionAndStorage() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * (a + 1)) STORED,"
                + " c AS (lower(\"a\")), d INT AS (a) VIRTUAL NOT NULL)");

        assertThat(text.render(table.column("b").generated(), SqliteSqlText.NO_NAMES)).isEqualTo("a * (a + 1)");
        assertThat(table.column("b").stored()).isTrue();
        assertThat(text.render(table.column("c").generated(), SqliteSqlText.NO_NAMES)).isEqualTo("lower(\"a\")");
        assertThat(table.column("c").stored()).isFalse();
        assertThat(table.column("d").stored()).isFalse();
        assertThat(table.column("a").generated()).isNull();
    }

    @Test
    void autoincrementIsSeenAfterPrimaryKeyOrderAndConflictClause() {
        SqliteTableSql table = SqliteTableSqlParser.parse(
                "CREATE TABLE t (id INTEGER PRIMARY KEY DESC ON CONFLICT REPLACE AUTOINCREMENT, other INTEGER)");

        assertThat(table.column("ID").autoincrement()).isTrue();
        assertThat(table.column("other").autoincrement()).isFalse();
    }

    @Test
    void autoincrementIsAlsoSeenInATablePrimaryKeyConstraint() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t (id INTEGER, PRIMARY KEY (\"ID\" AUTOINCREMENT))");

        assertThat(table.column("id").autoincrement()).isTrue();
    }

    @Test
    void uniqueConstraintsKeepNamesAndColumnsWithoutCollationOrOrder() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t (a UNIQUE ON CONFLICT IGNORE, b, c,"
                + " CONSTRAINT uq_bc UNIQUE (b COLLATE NOCASE, \"c\" DESC) PRIMARY KEY (a))");

        assertThat(table.uniques()).containsExactly(new UniqueClause(null, List.of("a")),
                new UniqueClause("uq_bc", List.of("b", "c")));
    }

    @Test
    void foreignKeysKeepNamesAndOnlyInitiallyDeferredDefers() {
        SqliteTableSql table = SqliteTableSqlParser.parse("CREATE TABLE t ("
                + " a REFERENCES p ON DELETE SET NULL NOT NULL,"
                + " b CONSTRAINT fk_b REFERENCES \"P\"(id) ON UPDATE NO ACTION MATCH SIMPLE DEFERRABLE INITIALLY DEFERRED,"
                + " c, d,"
                + " FOREIGN KEY (c, d) REFERENCES q (x, y) DEFERRABLE INITIALLY IMMEDIATE,"
                + " CONSTRAINT fk_d FOREIGN KEY (d) REFERENCES q NOT DEFERRABLE INITIALLY DEFERRED)");

        assertThat(table.foreignKeys()).containsExactly(
                new ForeignKeyClause(null, List.of("a"), "p", false),
                new ForeignKeyClause("fk_b", List.of("b"), "P", true),
                new ForeignKeyClause(null, List.of("c", "d"), "q", false),
                new ForeignKeyClause("fk_d", List.of("d"), "q", false));
    }

    @Test
    void aConstraintNameAppliesToTheNextConstraintOnly() {
        SqliteTableSql table = SqliteTableSqlParser.parse(
                "CREATE TABLE t (a INT CONSTRAINT nn NOT NULL CHECK (a > 0) COLLATE RTRIM DEFAULT (-1))");

        assertThat(checks(table)).containsExactly("null: a > 0");
        assertThat(table.column("a").collation()).isEqualTo("RTRIM");
    }

    @Test
    void quotedTableNamesAndOptionsAroundTheColumnListAreSkipped() {
        SqliteTableSql table = SqliteTableSqlParser.parse(
                "CREATE TABLE IF NOT EXISTS main.\"t (x)\" ([select] TEXT COLLATE NOCASE) WITHOUT ROWID, STRICT");

        assertThat(table.columns()).containsOnlyKeys("select");
        assertThat(table.column("SELECT").collation()).isEqualTo("NOCASE");
    }
}
