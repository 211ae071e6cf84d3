package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shale.migrate.files.MigrationDirectory;
import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;

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

    /**
     * New tables go to the server several migrations at a time; one that fails there leaves the
     * ones before it applied and recorded, is reported with its statement, and nothing after it runs.
     */
    @OnEachDatabase(TestDialect.POSTGRES)
    void aFailureAmongNewTablesAppliedTogetherKeepsTheOnesBeforeItAndRunsNothingAfter(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_a.sql", "-- shale:up\nCREATE TABLE a (id INTEGER);\nCREATE INDEX a_id ON a (id);\n")
                .file("0002_b.sql", "-- shale:up\nCREATE TABLE b (id INTEGER);\n")
                .file("0003_c.sql", "-- shale:up\nCREATE TABLE c (id INTEGER);\nCREATE INDEX c_x ON c (x);\n")
                .file("0004_d.sql", "-- shale:up\nCREATE TABLE d (id INTEGER);\n");

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("0003_c.sql:3: statement 2 of 2 failed: ")
                .hasMessageContaining("\"x\"");

        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING,
                        MigrationState.PENDING);
        assertThat(db.query("SELECT installed_rank, version, statements_applied, statements_total, success "
                + "FROM shale_history ORDER BY installed_rank")).extracting(row -> String.join(" ", row))
                .containsExactly("1 0001 2 2 t", "2 0002 1 1 t");
        assertThat(db.query("SELECT tablename FROM pg_tables WHERE tablename IN ('a', 'b', 'c', 'd') ORDER BY 1"))
                .extracting(row -> row.get(0)).containsExactly("a", "b");
        assertThat(project.progress()).filteredOn(line -> line.startsWith("applied ")).hasSize(2);

        project.file("0003_c.sql", "-- shale:up\nCREATE TABLE c (id INTEGER);\nCREATE INDEX c_id ON c (id);\n");
        assertThat(project.shale().migrate().migrations()).extracting(AppliedMigration::version)
                .containsExactly("0003", "0004");
        assertThat(db.query("SELECT installed_rank, version FROM shale_history ORDER BY installed_rank"))
                .extracting(row -> String.join(" ", row)).containsExactly("1 0001", "2 0002", "3 0003", "4 0004");
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

    @OnEachDatabase(TestDialect.POSTGRES)
    void theHistoryRowWrittenInTheBatchKeepsQuotesAndBackslashesWhateverTheStringSetting(TestDatabase db) {
        // With standard_conforming_strings off, a backslash in a plain literal escapes: the row
        // must still hold the file name as it is.
        db.execute("ALTER DATABASE " + db.name() + " SET standard_conforming_strings = off");
        MigrationProject project = new MigrationProject(db)
                .file("0001_o'brien_a\\b.sql", "-- shale:up\nCREATE TABLE t (id INTEGER);\nCREATE TABLE u (id INTEGER);\n");

        project.shale().migrate();

        List<List<String>> rows = db.query("SELECT description, script, checksum, success::text, statements_applied::text, "
                + "statements_total::text, applied_by, (applied_at > now() - interval '1 minute')::text, "
                + "(execution_ms >= 0)::text FROM shale_history");
        assertThat(rows).singleElement().isEqualTo(List.of("o'brien a\\b", "0001_o'brien_a\\b.sql",
                new MigrationDirectory().load(project.migrations()).versioned().get(0).checksum(), "true", "2", "2",
                System.getProperty("user.name"), "true", "true"));
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aMigrationWhoseCommitFailsLeavesNothingAndNoHistoryRow(TestDatabase db) {
        MigrationProject project = new MigrationProject(db)
                .file("0001_deferred.sql", "-- shale:up\nCREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                        + "CREATE TABLE c (p INTEGER REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
                        + "INSERT INTO c VALUES (1);\n");

        assertThatThrownBy(() -> project.shale().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("foreign key");
        assertThat(project.shale().status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.PENDING);
        assertThat(db.queryValue("SELECT count(*) FROM shale_history")).isEqualTo("0");
        assertThat(db.queryValue("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('p', 'c')"))
                .isEqualTo("0");
    }
}
