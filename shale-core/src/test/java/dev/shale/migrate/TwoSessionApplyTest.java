package dev.shale.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.shale.migrate.NewTableMigrations.expectedRows;
import static dev.shale.migrate.NewTableMigrations.historyRows;

import dev.shale.testing.OnEachDatabase;
import dev.shale.testing.TestDatabase;
import dev.shale.testing.TestDialect;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Many new tables on PostgreSQL go to the server on two sessions at once; the migrations still
 * commit one by one in their order, so a failure on either session leaves exactly the ones before
 * it applied.
 */
class TwoSessionApplyTest {
    private static final String TWO_SESSIONS = "new tables go to the server on two sessions, committing in order";
    private static final String NEW_TABLES_IN_PUBLIC =
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t[0-9]+$'";

    @OnEachDatabase(TestDialect.POSTGRES)
    void manyNewTablesAreAppliedOnTwoSessionsAsOnOne(TestDatabase db) {
        MigrationProject project = NewTableMigrations.write(db, 60, 0);

        List<AppliedMigration> applied = project.shale().migrate().migrations();

        assertThat(project.progress()).contains(TWO_SESSIONS);
        assertThat(applied).extracting(AppliedMigration::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(n -> String.format("%04d", n))
                        .toList());
        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(60, "t"));
        assertThat(db.queryValue(NEW_TABLES_IN_PUBLIC))
                .isEqualTo("48");
        assertThat(db.queryValue("SELECT count(*) FROM information_schema.columns WHERE column_name = 'extra'"))
                .isEqualTo("12");
        assertThat(db.queryValue("SELECT count(*) FROM pg_indexes WHERE indexname ~ '^t[0-9]+_(name|extra)$'"))
                .isEqualTo("60");
        assertThat(db.queryValue("SELECT count(*) FROM shale_history WHERE applied_at IS NULL OR execution_ms < 0"))
                .isEqualTo("0");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void afterAMigrationThatChangesTheSessionTheRestStaysOnIt(TestDatabase db) {
        MigrationProject project = NewTableMigrations.write(db, 50, 0)
                .file("0000_app.sql", MigrationProject.migration("CREATE SCHEMA app;\nSET search_path TO app, public;",
                        "DROP SCHEMA app;"));

        project.shale().migrate();

        assertThat(project.progress()).doesNotContain(TWO_SESSIONS);
        assertThat(db.queryValue("SELECT count(*) FROM pg_tables WHERE schemaname = 'app'")).isEqualTo("40");
        assertThat(db.queryValue(NEW_TABLES_IN_PUBLIC))
                .isEqualTo("0");
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aFewNewTablesStayOnOneSession(TestDatabase db) {
        MigrationProject project = NewTableMigrations.write(db, 30, 0);

        project.shale().migrate();

        assertThat(project.progress()).doesNotContain(TWO_SESSIONS);
        assertThat(historyRows(db)).containsExactlyElementsOf(expectedRows(30, "t"));
    }

    @OnEachDatabase(TestDialect.POSTGRES)
    void aFailureLeavesExactlyTheMigrationsBeforeItWhicheverSessionItRanOn(TestDatabase db) {
        // Two neighbours with no table in common run on different sessions.
        for (int failing : List.of(23, 24)) {
            db.execute("DROP SCHEMA public CASCADE");
            db.execute("CREATE SCHEMA public");
            MigrationProject project = NewTableMigrations.write(db, 50, failing);

            assertThatThrownBy(() -> project.shale().migrate())
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageStartingWith(String.format("%04d_m.sql:3: statement 2 of 2 failed: ", failing))
                    .hasMessageContaining("missing_column");

            assertThat(project.progress()).contains(TWO_SESSIONS);
            assertThat(historyRows(db)).as("failing at %d", failing)
                    .containsExactlyElementsOf(expectedRows(failing - 1, "t"));
            assertThat(db.queryValue(NEW_TABLES_IN_PUBLIC))
                    .isEqualTo(String.valueOf(NewTableMigrations.tables(failing - 1)));
        }
    }
}
