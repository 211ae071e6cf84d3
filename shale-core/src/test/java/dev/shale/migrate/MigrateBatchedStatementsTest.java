package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;

/**
 * On PostgreSQL a migration's statements go to the server as one batch; a failure still names
 * the statement, its line and the database's message, and leaves nothing of the migration.
 */
class MigrateBatchedStatementsTest {

    @OnEachDatabase(TestDialect.POSTGRES)
    void aFailureInTheMiddleOfAMigrationNamesThatStatementAndAppliesNothing(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_ok.sql", "-- shale:up\nCREATE TABLE first (id INTEGER);\n")
                .file("0002_three.sql", "-- shale:up\nCREATE TABLE a (id INTEGER);\n"
                        + "INSERT INTO missing VALUES (1);\nCREATE TABLE b (id INTEGER);\n");

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0002_three.sql:3: statement 2 of 3 failed: ")
                .hasMessageContaining("missing");
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        assertThat(db.query("SELECT table_name FROM information_schema.tables WHERE table_name IN ('first', 'a', 'b')"))
                .extracting(row -> row.get(0)).containsExactly("first");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void theFirstStatementFailingIsReportedAsTheFirst(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_two.sql", "-- shale:up\nALTER TABLE nowhere ADD COLUMN x integer;\nCREATE TABLE b (id INTEGER);\n");

        assertThatThrownBy(() -> project.shale().migrate())
                .hasMessageStartingWith("0001_two.sql:2: statement 1 of 2 failed: ")
                .hasMessageContaining("nowhere");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void everyStatementOfABatchedMigrationIsApplied(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_t.sql", "-- shale:up\nCREATE TABLE t (id INTEGER);\nCREATE INDEX t_id ON t (id);\n"
                        + "INSERT INTO t VALUES (1), (2);\n");

        MigrationRun run = project.shale().migrate();

        assertThat(run.migrations()).singleElement().extracting(AppliedMigration::statements).isEqualTo(3);
        assertThat(db.queryValue("SELECT count(*) FROM t")).isEqualTo("2");
        assertThat(db.queryValue("SELECT count(*) FROM pg_indexes WHERE indexname = 't_id'")).isEqualTo("1");
    }
}
