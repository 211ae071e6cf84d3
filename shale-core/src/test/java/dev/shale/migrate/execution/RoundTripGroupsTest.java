package dev.shale.migrate.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shale.dialect.Dialects;
import dev.shale.dialect.MigrationSupport;
import dev.shale.migrate.files.MigrationScript;
import dev.shale.migrate.files.MigrationVersion;
import dev.shale.migrate.files.SqlSection;
import dev.shale.migrate.history.HistoryEntry;
import dev.shale.migrate.history.HistoryKind;
import dev.shale.migrate.steps.PlannedStep;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which pending migrations go to the server together, on PostgreSQL and elsewhere. */
class RoundTripGroupsTest {
    private static final MigrationSupport POSTGRES = Dialects.byId("postgresql").migrations();

    private final List<PlannedStep> steps = new ArrayList<>();
    private final List<PreparedScript> scripts = new ArrayList<>();

    private RoundTripGroupsTest migration(String sql) {
        return migration(sql, false, Optional.empty());
    }

    private RoundTripGroupsTest migration(String sql, boolean noTransaction, Optional<HistoryEntry> previous) {
        int n = steps.size() + 1;
        Path file = Path.of(String.format("%04d_m.sql", n));
        MigrationScript script = new MigrationScript(Optional.of(MigrationVersion.parse(String.valueOf(n))), "m", file,
                new SqlSection(file, 2, sql), Optional.empty(), "sum" + n, noTransaction);
        steps.add(new PlannedStep(script, 0, previous));
        scripts.add(PreparedScript.of(script, script.up(), POSTGRES));
        return this;
    }

    private List<Integer> sizes() {
        return RoundTripGroups.sizes(steps, scripts, POSTGRES);
    }

    @Test
    void newTablesWithTheirIndexesAndColumnsGoTogether() {
        migration("CREATE TABLE a (id int);\nCREATE INDEX ON a (id);")
                .migration("CREATE TABLE b (id int);")
                .migration("ALTER TABLE a ADD COLUMN x int;\nCREATE INDEX a_x ON a (x);")
                .migration("CREATE UNIQUE INDEX b_id ON B (id);");

        assertThat(sizes()).containsExactly(4);
    }

    @Test
    void aMigrationTouchingATableFromBeforeTheGroupGoesAloneAndStartsNoGroup() {
        migration("CREATE TABLE a (id int);")
                .migration("ALTER TABLE existing ADD COLUMN x int;")
                .migration("CREATE TABLE b (id int);")
                .migration("CREATE INDEX ON a (id);");

        // a was created in a group that ended: the index on it may scan rows written since.
        assertThat(sizes()).containsExactly(1, 1, 1, 1);
    }

    @Test
    void dataForeignKeysAndOtherStatementsEndAGroup() {
        migration("CREATE TABLE a (id int PRIMARY KEY);")
                .migration("CREATE TABLE b (id int);")
                .migration("INSERT INTO a VALUES (1);")
                .migration("CREATE TABLE c (id int);")
                .migration("CREATE TABLE d (a_id int REFERENCES a);")
                .migration("CREATE TABLE e (id int);\nCREATE TABLE f (id int);");

        assertThat(sizes()).containsExactly(2, 1, 1, 1, 1);
    }

    @Test
    void aMigrationOutsideATransactionOrWithAHistoryRowGoesAlone() {
        HistoryEntry failed = new HistoryEntry(2, Optional.of(MigrationVersion.parse("2")), "m", HistoryKind.UP,
                "0002_m.sql", "sum2", Instant.now(), "me", 0, false, 0, 1);
        migration("CREATE TABLE a (id int);")
                .migration("CREATE TABLE b (id int);", false, Optional.of(failed))
                .migration("CREATE TABLE c (id int);", true, Optional.empty())
                .migration("CREATE TABLE d (id int);")
                .migration("CREATE TABLE e (id int);");

        assertThat(sizes()).containsExactly(1, 1, 1, 2);
    }

    @Test
    void aGroupStaysWellBelowWhereTheDriverWouldSplitItsBatch() {
        for (int i = 0; i < 45; i++) {
            migration("CREATE TABLE t" + i + " (id int);");
        }
        for (int i = 0; i < 3; i++) {
            StringBuilder many = new StringBuilder("CREATE TABLE wide" + i + " (id int);\n");
            for (int c = 0; c < 40; c++) {
                many.append("ALTER TABLE wide").append(i).append(" ADD COLUMN c").append(c).append(" int;\n");
            }
            migration(many.toString());
        }

        // 20 migrations of 4 batch entries each; then 5 of them and a wide one of 44 entries
        // (68), as a second wide one would pass 100.
        assertThat(sizes()).containsExactly(20, 20, 6, 2);
        assertThat(sizes()).allMatch(size -> size <= RoundTripGroups.MOST_MIGRATIONS);
    }

    @Test
    void withoutTableWorkEveryMigrationGoesAlone() {
        migration("CREATE TABLE a (id int);").migration("CREATE TABLE b (id int);");

        // MySQL/MariaDB commit each DDL statement: nothing to share.
        assertThat(RoundTripGroups.sizes(steps, scripts, Dialects.byId("mysql").migrations()))
                .containsExactly(1, 1);
    }

    @Test
    void onSqliteNewTablesShareACommit() {
        migration("CREATE TABLE a (id int);").migration("CREATE TABLE b (id int);")
                .migration("CREATE INDEX a_id ON a (id);");

        assertThat(RoundTripGroups.sizes(steps, scripts, Dialects.byId("sqlite").migrations())).containsExactly(3);
    }
}
