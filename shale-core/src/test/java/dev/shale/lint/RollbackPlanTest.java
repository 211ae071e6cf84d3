package dev.shale.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.migrate.MigrateOptions;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.Optional;

/** The rollback plan of the pending migrations, measured on each real database. */
class RollbackPlanTest {

    private static LintProject project(TestDatabase db) {
        LintProject project = new LintProject(db)
                .migration("CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);", "DROP TABLE t;")
                .migration("ALTER TABLE t ADD COLUMN n INTEGER;", "ALTER TABLE t DROP COLUMN n;")
                .migration("ALTER TABLE t DROP COLUMN c;", "ALTER TABLE t ADD COLUMN c INTEGER;")
                .file("-- shale:up\nCREATE TABLE u (id INTEGER);\n");
        project.project().shale().migrate(MigrateOptions.defaults().target("1"));
        return project;
    }

    @OnEachDatabase({TestDialect.POSTGRES, TestDialect.MARIADB, TestDialect.SQLITE})
    void pendingMigrationsAreUndoneNewestFirstAndThoseThatLoseDataNeedABackup(TestDatabase db) {
        RollbackPlan plan = project(db).project().shale().rollbackPlan(LintOptions.pending());

        assertThat(plan.steps()).extracting(s -> s.script().script())
                .containsExactly("0004_m.sql", "0003_m.sql", "0002_m.sql");
        assertThat(plan.steps().get(0).down()).isEqualTo(Optional.empty());
        assertThat(plan.steps().get(1).dataLoss()).singleElement().asString().contains("drops column").contains(".c");
        assertThat(plan.steps().get(2).needsBackup()).isFalse();
        assertThat(plan.steps().get(2).down()).hasValueSatisfying(sql -> assertThat(sql).contains("DROP COLUMN n"));
        assertThat(plan.needingBackup()).extracting(s -> s.script().script()).containsExactly("0004_m.sql", "0003_m.sql");
        assertThat(plan.text()).contains("1. 0004_m.sql: needs a backup", "3. 0002_m.sql: undone by its down section",
                "| ALTER TABLE t DROP COLUMN n;", "cannot be undone without a backup: 0004_m.sql, 0003_m.sql");
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void aWholeTableUpdateCannotBeUndoneByItsDownSection(TestDatabase db) {
        LintProject project = new LintProject(db)
                .migration("CREATE TABLE t (id INTEGER PRIMARY KEY, c INTEGER);", "DROP TABLE t;")
                .migration("UPDATE t SET c = 0;", "SELECT 1;");
        project.project().shale().migrate(MigrateOptions.defaults().target("1"));
        RollbackPlan plan = project.project().shale().rollbackPlan(LintOptions.pending());
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.needsBackup()).isTrue();
            assertThat(s.dataLoss()).singleElement().asString().startsWith("overwrites every row of t");
        });
    }

    @OnEachDatabase(TestDialect.SQLITE)
    void nothingPendingIsAnEmptyPlan(TestDatabase db) {
        LintProject project = new LintProject(db).migration("CREATE TABLE t (id INTEGER);", "DROP TABLE t;");
        project.project().shale().migrate();
        RollbackPlan plan = project.project().shale().rollbackPlan(LintOptions.pending());
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.text()).contains("nothing to undo");
    }
}
