package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule, with a migration that triggers it and one that does not, on each database the
 * rule applies to. The classification comes from running the migration on a real dev database.
 */
class LintRulesTest {
    private static final String TABLE = "CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER, v VARCHAR(20))";

    private static LintProject withTable(TestDatabase db) {
        return new LintProject(db).migration(TABLE + ";", "DROP TABLE t;");
    }

    private static String addColumn(TestDatabase db, String column) {
        return "ALTER TABLE t ADD COLUMN " + column + ";";
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void droppingATableNeedsApprovalButCreatingOneDoesNot(TestDatabase db) {
        assertThat(withTable(db).migration("DROP TABLE t;", TABLE + ";").ruleIds()).contains("DS101");
        assertThat(withTable(db).migration("CREATE TABLE u (id INTEGER PRIMARY KEY);", "DROP TABLE u;").ruleIds())
                .doesNotContain("DS101");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aDropThatDropsNothingIsNotAFindingBecauseTheEffectCounts(TestDatabase db) {
        assertThat(withTable(db).migration("DROP TABLE IF EXISTS never_created;", "SELECT 1;").ruleIds())
                .doesNotContain("DS101");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void droppingAColumnNeedsApprovalButAddingANullableOneDoesNot(TestDatabase db) {
        MigrationLint drop = withTable(db).migration("ALTER TABLE t DROP COLUMN c;", addColumn(db, "c INTEGER"))
                .lintLast();
        assertThat(drop.findings()).filteredOn(f -> f.rule().id().equals("DS102")).singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.statement()).isEqualTo("ALTER TABLE t DROP COLUMN c");
                    assertThat(f.severity()).isEqualTo(Severity.NEEDS_APPROVAL);
                    assertThat(f.message()).contains("c");
                });
        assertThat(withTable(db).migration(addColumn(db, "n INTEGER"), "ALTER TABLE t DROP COLUMN n;").ruleIds())
                .doesNotContain("DS102");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aTypeChangeThatRewritesOrNarrowsIsFlaggedButWideningAVarcharIsNot(TestDatabase db) {
        boolean pg = db.kind() == TestDialect.POSTGRES;
        String toBigint = pg ? "ALTER TABLE t ALTER COLUMN c TYPE BIGINT;" : "ALTER TABLE t MODIFY c BIGINT;";
        String widen = pg ? "ALTER TABLE t ALTER COLUMN v TYPE VARCHAR(50);" : "ALTER TABLE t MODIFY v VARCHAR(50);";
        assertThat(withTable(db).migration(toBigint, "SELECT 1;").ruleIds()).contains("DS201");
        assertThat(withTable(db).migration(widen, "SELECT 1;").ruleIds()).doesNotContain("DS201");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void aNotNullColumnWithoutADefaultOnAnExistingTableIsBlocked(TestDatabase db) {
        MigrationLint lint = withTable(db).migration(addColumn(db, "n INTEGER NOT NULL"), "SELECT 1;").lintLast();
        assertThat(lint.findings()).filteredOn(f -> f.rule().id().equals("DS301")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKED));
        assertThat(withTable(db).migration(addColumn(db, "n INTEGER NOT NULL DEFAULT 0"), "SELECT 1;").ruleIds())
                .doesNotContain("DS301");
        assertThat(new LintProject(db).migration(TABLE + ";\n" + addColumn(db, "n INTEGER NOT NULL"), "SELECT 1;")
                .ruleIds()).as("a table created in the same migration has no rows").doesNotContain("DS301");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB})
    void makingAnExistingColumnNotNullNeedsApproval(TestDatabase db) {
        String setNotNull = db.kind() == TestDialect.POSTGRES ? "ALTER TABLE t ALTER COLUMN c SET NOT NULL;"
                : "ALTER TABLE t MODIFY c INTEGER NOT NULL;";
        assertThat(withTable(db).migration(setNotNull, "SELECT 1;").ruleIds()).contains("DS302");
        assertThat(withTable(db).migration(addColumn(db, "n INTEGER"), "SELECT 1;").ruleIds()).doesNotContain("DS302");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void setNotNullAfterAValidatedCheckIsToldItScansNothing(TestDatabase db) {
        String check = "ALTER TABLE t ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT VALID;\n";
        String validate = "ALTER TABLE t VALIDATE CONSTRAINT t_c_not_null;\n";
        String rest = "ALTER TABLE t ALTER COLUMN c SET NOT NULL;\nALTER TABLE t DROP CONSTRAINT t_c_not_null;\n"
                + "-- shale:down\nALTER TABLE t ALTER COLUMN c DROP NOT NULL;\n";
        String header = "-- shale:no-transaction\n-- shale:up\n";

        MigrationLint proven = withTable(db).file(header + check + validate + rest).lintLast();
        assertThat(proven.findings()).filteredOn(f -> f.rule().id().equals("DS302")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("without a scan", "t_c_not_null"));

        MigrationLint unvalidated = withTable(db).file(header + check + rest).lintLast();
        assertThat(unvalidated.findings()).filteredOn(f -> f.rule().id().equals("DS302")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("every row is checked under lock"));
    }

    @Test
    void aNotNullCheckIsRecognisedAsTheDatabaseShowsItBack() {
        assertThat(NotNullProof.isNotNullOf("(c IS NOT NULL)", "c")).isTrue();
        assertThat(NotNullProof.isNotNullOf("(\"Nick\" IS NOT NULL)", "Nick")).isTrue();
        assertThat(NotNullProof.isNotNullOf("((c IS NOT NULL) AND (c > 0))", "c")).isFalse();
        assertThat(NotNullProof.isNotNullOf("(cc IS NOT NULL)", "c")).isFalse();
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void anIndexOnAnExistingTableNeedsConcurrently(TestDatabase db) {
        MigrationLint blocking = withTable(db).migration("CREATE INDEX t_c ON t (c);", "DROP INDEX t_c;").lintLast();
        assertThat(blocking.findings()).filteredOn(f -> f.rule().id().equals("DS401")).singleElement()
                .satisfies(f -> assertThat(f.lock()).hasValue("SHARE (blocks writes)"));
        assertThat(withTable(db).file("-- shale:no-transaction\n-- shale:up\nCREATE INDEX CONCURRENTLY t_c ON t (c);\n"
                + "-- shale:down\nDROP INDEX CONCURRENTLY t_c;\n").ruleIds()).doesNotContain("DS401");
        assertThat(new LintProject(db).migration(TABLE + ";\nCREATE INDEX t_c ON t (c);", "DROP TABLE t;").ruleIds())
                .as("an index on a table of the same migration").doesNotContain("DS401");
    }

    @OnEachDatabase({TestDialect.MARIADB, TestDialect.SQLITE})
    void aPlainIndexIsNotAConcurrencyFindingWhereThereIsNoConcurrentForm(TestDatabase db) {
        assertThat(withTable(db).migration("CREATE INDEX t_c ON t (c);", "DROP INDEX t_c ON t;").ruleIds())
                .doesNotContain("DS401");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aConstraintOnAnExistingTableNeedsNotValid(TestDatabase db) {
        assertThat(withTable(db).migration("ALTER TABLE t ADD CONSTRAINT c_pos CHECK (c > 0);", "SELECT 1;").ruleIds())
                .contains("DS402");
        assertThat(withTable(db).migration("ALTER TABLE t ADD CONSTRAINT c_pos CHECK (c > 0) NOT VALID;",
                "SELECT 1;").ruleIds()).doesNotContain("DS402");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aRenameIsBreakingButNotADrop(TestDatabase db) {
        List<String> renamed = withTable(db).migration("ALTER TABLE t RENAME COLUMN c TO d;",
                "ALTER TABLE t RENAME COLUMN d TO c;").ruleIds();
        assertThat(renamed).contains("DS501").doesNotContain("DS102");
        assertThat(withTable(db).migration("ALTER TABLE t RENAME TO t2;", "ALTER TABLE t2 RENAME TO t;").ruleIds())
                .contains("DS501").doesNotContain("DS101");
        assertThat(withTable(db).migration(addColumn(db, "d INTEGER"), "SELECT 1;").ruleIds()).doesNotContain("DS501");
    }

    @OnEachDatabase(TestDialect.MARIADB)
    void aMysqlChangeThatCopiesTheTableIsFlaggedUnlessAnOnlineAlgorithmIsStated(TestDatabase db) {
        assertThat(withTable(db).migration("ALTER TABLE t MODIFY c BIGINT;", "SELECT 1;").ruleIds()).contains("DS601");
        assertThat(withTable(db).migration("ALTER TABLE t ADD CONSTRAINT c_pos CHECK (c > 0);", "SELECT 1;")
                .ruleIds()).contains("DS601");
        assertThat(withTable(db).migration("ALTER TABLE t ADD COLUMN n INTEGER NULL, ALGORITHM=INSTANT;", "SELECT 1;")
                .ruleIds()).doesNotContain("DS601");
        assertThat(withTable(db).migration("ALTER TABLE t MODIFY v VARCHAR(50);", "SELECT 1;").ruleIds())
                .doesNotContain("DS601");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aSqliteTableRebuildIsReported(TestDatabase db) {
        String rebuild = "CREATE TABLE t_new (id INTEGER PRIMARY KEY, c INTEGER CHECK (c > 0), v VARCHAR(20));\n"
                + "INSERT INTO t_new SELECT id, c, v FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;";
        MigrationLint lint = withTable(db).migration(rebuild, "SELECT 1;").lintLast();
        assertThat(lint.findings()).extracting(f -> f.rule().id()).contains("DS602").doesNotContain("DS101");
        assertThat(withTable(db).migration(addColumn(db, "n INTEGER"), "SELECT 1;").ruleIds()).doesNotContain("DS602");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aMigrationWithoutADownSectionNeedsApproval(TestDatabase db) {
        assertThat(withTable(db).file("-- shale:up\nCREATE TABLE u (id INTEGER);\n").ruleIds()).contains("DS701");
        assertThat(withTable(db).migration("CREATE TABLE u (id INTEGER);", "DROP TABLE u;").ruleIds())
                .doesNotContain("DS701");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aConcurrentIndexInATransactionalMigrationIsFlagged(TestDatabase db) {
        assertThat(withTable(db).migration("CREATE INDEX CONCURRENTLY t_c ON t (c);", "DROP INDEX t_c;").ruleIds())
                .contains("DS702");
        assertThat(withTable(db).file("-- shale:no-transaction\n-- shale:up\nCREATE INDEX CONCURRENTLY t_c ON t (c);\n"
                + "-- shale:down\nDROP INDEX CONCURRENTLY t_c;\n").ruleIds()).doesNotContain("DS702");
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void aWholeTableUpdateOfAnExistingTableIsAnUnbatchedBackfill(TestDatabase db) {
        assertThat(withTable(db).migration("UPDATE t SET c = 0;", "SELECT 1;").ruleIds()).contains("DS801");
        assertThat(withTable(db).migration("UPDATE t SET c = 0 WHERE id BETWEEN 1 AND 1000;", "SELECT 1;").ruleIds())
                .doesNotContain("DS801");
    }
}
